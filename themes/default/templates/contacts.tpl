{{%AUTOESCAPE context="HTML"}}<div class="section section--contacts">
<h1>{{TITLE}}</h1>
<div class="prose">
{{BODY:none}}
</div>
{{#SITUATION}}<section class="situation">
<h2>{{SITUATION}}</h2>
<div class="contact-cards">
{{CARDS:none}}
</div>
</section>
{{/SITUATION}}</div>
