{{%AUTOESCAPE context="HTML"}}<div class="section section--contacts">
<h1>{{TITLE}}</h1>
<div class="prose">
{{BODY:none}}
</div>
<nav class="contact-filters" aria-label="{{T_FILTER_CONTACTS}}">
<ul>
<li><a href="#kontakter-alla" data-filter="all">{{T_FILTER_ALL}}</a></li>
<li><a href="#kontakter-akut" data-filter="urgency:emergency">{{T_URGENCY_EMERGENCY}}</a></li>
<li><a href="#kontakter-brad" data-filter="urgency:urgent">{{T_URGENCY_URGENT}}</a></li>
{{#AUDIENCE_FILTER}}<li><a href="#kontakter-for-{{AUDIENCE_NUMBER}}" data-filter="audience:{{AUDIENCE_ID}}">{{T_FILTER_FOR}} {{AUDIENCE_NAME}}</a></li>
{{/AUDIENCE_FILTER}}</ul>
</nav>
<p class="contact-filter-status visually-hidden" role="status" aria-live="polite"></p>
<span id="kontakter-alla" class="filter-target"></span><span id="kontakter-akut" class="filter-target"></span><span id="kontakter-brad" class="filter-target"></span>{{#AUDIENCE_FILTER}}<span id="kontakter-for-{{AUDIENCE_NUMBER}}" class="filter-target"></span>{{/AUDIENCE_FILTER}}
<div class="situations">
{{#SITUATION}}<section class="situation">
<h2>{{SITUATION}}</h2>
<div class="contact-cards">
{{CARDS:none}}
</div>
</section>
{{/SITUATION}}</div>
</div>
