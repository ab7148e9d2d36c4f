{{%AUTOESCAPE context="HTML"}}<article class="page page--{{KIND}}">
<header class="page__header">
<p class="page__kind">{{KIND_LABEL}}</p>
<h1>{{TITLE}}</h1>
{{#HAS_DATE}}<p class="page__date"><time datetime="{{DATE}}">{{DATE}}</time></p>
{{/HAS_DATE}}</header>
{{#REVIEW_OVERDUE}}<div class="notice notice--overdue" role="note">
<p><strong>{{T_REVIEW_OVERDUE_TITLE}}</strong> {{T_REVIEW_OVERDUE_TEXT}} <time datetime="{{REVIEW_BY}}">{{REVIEW_BY}}</time>. {{T_REVIEW_OVERDUE_OWNER}} {{OWNER}}.</p>
</div>
{{/REVIEW_OVERDUE}}
{{#TOC}}<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">{{T_ON_THIS_PAGE}}</h2>
<ol>
{{#TOC_ITEM}}<li><a href="{{TOC_ID}}">{{TOC_TEXT}}</a></li>
{{/TOC_ITEM}}</ol>
</nav>
{{/TOC}}{{#IS_CONTACT}}<div class="contact-cards">{{CARD:none}}</div>
{{/IS_CONTACT}}<div class="prose">
{{BODY:none}}
</div>
{{#RELATED}}<nav class="related" aria-labelledby="related-title">
<h2 id="related-title">{{T_SEE_ALSO}}</h2>
<ul>
{{#ITEM}}<li><a href="{{ITEM_URL}}">{{ITEM_TITLE}}</a></li>
{{/ITEM}}</ul>
</nav>
{{/RELATED}}{{#USED_IN}}<section class="used-in" aria-labelledby="used-in-title">
<h2 id="used-in-title">{{T_USED_IN}}</h2>
{{#USED_GROUP}}<h3>{{GROUP_TITLE}}</h3>
<ul>
{{#ITEM}}<li><a href="{{ITEM_URL}}">{{ITEM_TITLE}}</a></li>
{{/ITEM}}</ul>
{{/USED_GROUP}}</section>
{{/USED_IN}}<dl class="page__meta">
<dt>{{T_AUDIENCE}}</dt><dd>{{#AUDIENCE}}<span class="audience">{{AUDIENCE_LABEL}}</span>{{#AUDIENCE_separator}}, {{/AUDIENCE_separator}}{{/AUDIENCE}}</dd>
{{#HAS_OWNER}}<dt>{{T_OWNER}}</dt><dd>{{OWNER}}</dd>
{{/HAS_OWNER}}{{#HAS_LAST_CHANGED}}<dt>{{T_LAST_CHANGED}}</dt><dd><time datetime="{{LAST_CHANGED}}">{{LAST_CHANGED}}</time></dd>
{{/HAS_LAST_CHANGED}}{{#HAS_REVIEWED}}<dt>{{T_REVIEWED}}</dt><dd><time datetime="{{REVIEWED}}">{{REVIEWED}}</time></dd>
{{/HAS_REVIEWED}}{{#HAS_REVIEW_BY}}<dt>{{T_REVIEW_BY}}</dt><dd><time datetime="{{REVIEW_BY}}">{{REVIEW_BY}}</time></dd>
{{/HAS_REVIEW_BY}}</dl>
</article>
