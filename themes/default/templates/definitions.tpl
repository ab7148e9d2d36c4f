{{%AUTOESCAPE context="HTML"}}<div class="section section--definitions">
<h1>{{TITLE}}</h1>
<div class="prose">
{{BODY:none}}
</div>
<nav class="letter-nav" aria-label="{{T_LETTERS}}">
<ul>
{{#LETTER_JUMP}}<li><a href="{{LETTER_HREF}}">{{LETTER}}</a></li>
{{/LETTER_JUMP}}</ul>
</nav>
{{#LETTER}}<section class="letter" aria-labelledby="{{LETTER_ID}}">
<h2 id="{{LETTER_ID}}">{{LETTER}}</h2>
<dl class="definition-list">
{{#ITEM}}<dt><a href="{{ITEM_URL}}">{{ITEM_TITLE}}</a></dt>
<dd>{{#HAS_ITEM_SUMMARY}}{{ITEM_SUMMARY}}{{/HAS_ITEM_SUMMARY}}</dd>
{{/ITEM}}</dl>
</section>
{{/LETTER}}</div>
