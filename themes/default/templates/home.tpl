{{%AUTOESCAPE context="HTML"}}<div class="home">
<h1>{{TITLE}}</h1>
{{#HAS_SUMMARY}}<p class="lead">{{SUMMARY}}</p>{{/HAS_SUMMARY}}
<div class="prose">
{{BODY:none}}
</div>
{{#LATEST}}<section class="latest" aria-labelledby="latest-title">
<h2 id="latest-title">{{T_LATEST_UPDATES}}</h2>
<ul class="listing">
{{#ITEM}}<li><a href="{{ITEM_URL}}">{{ITEM_TITLE}}</a>{{#HAS_ITEM_DATE}} <time datetime="{{ITEM_DATE}}">{{ITEM_DATE}}</time>{{/HAS_ITEM_DATE}}{{#HAS_ITEM_SUMMARY}}<p>{{ITEM_SUMMARY}}</p>{{/HAS_ITEM_SUMMARY}}</li>
{{/ITEM}}</ul>
</section>
{{/LATEST}}{{#RECENT}}<section class="recent" aria-labelledby="recent-title">
<h2 id="recent-title">{{T_RECENTLY_UPDATED}}</h2>
<ul class="listing">
{{#ITEM}}<li><a href="{{ITEM_URL}}">{{ITEM_TITLE}}</a> <time datetime="{{ITEM_DATE}}">{{ITEM_DATE}}</time></li>
{{/ITEM}}</ul>
</section>
{{/RECENT}}</div>
