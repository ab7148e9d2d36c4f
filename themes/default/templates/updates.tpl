{{%AUTOESCAPE context="HTML"}}<div class="section section--updates">
<h1>{{TITLE}}</h1>
<div class="prose">
{{BODY:none}}
</div>
<ul class="listing listing--updates">
{{#ITEM}}<li><a href="{{ITEM_URL}}">{{ITEM_TITLE}}</a>{{#HAS_ITEM_DATE}} <time datetime="{{ITEM_DATE}}">{{ITEM_DATE}}</time>{{/HAS_ITEM_DATE}}{{#HAS_ITEM_SUMMARY}}<p>{{ITEM_SUMMARY}}</p>{{/HAS_ITEM_SUMMARY}}</li>
{{/ITEM}}</ul>
{{#HAS_FEED}}<p class="feed-link"><a href="{{FEED_URL}}">{{T_FEED}}</a></p>
{{/HAS_FEED}}</div>
