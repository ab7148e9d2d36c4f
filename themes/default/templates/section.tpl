{{%AUTOESCAPE context="HTML"}}<div class="section">
<h1>{{TITLE}}</h1>
<div class="prose">
{{BODY:none}}
</div>
{{#SUBSECTION}}<p><a href="{{ITEM_URL}}">{{ITEM_TITLE}}</a></p>
{{/SUBSECTION}}<ul class="listing">
{{#ITEM}}<li><a href="{{ITEM_URL}}">{{ITEM_TITLE}}</a>{{#HAS_ITEM_SUMMARY}}<p>{{ITEM_SUMMARY}}</p>{{/HAS_ITEM_SUMMARY}}</li>
{{/ITEM}}</ul>
</div>
