{{%AUTOESCAPE context="HTML"}}<article class="contact-card contact-card--{{URGENCY}}{{AUDIENCE_CLASSES}}{{#EXAMPLE}} contact-card--example{{/EXAMPLE}}"{{#TITLED}} aria-labelledby="{{CARD_ID}}"{{/TITLED}} data-urgency="{{URGENCY}}" data-audience="{{AUDIENCES}}"{{#HAS_HOURS_JSON}} data-hours="{{HOURS_JSON}}"{{/HAS_HOURS_JSON}}>
<p class="contact-card__situation">{{SITUATION}}</p>
{{#TITLED}}{{#H2}}<h2 class="contact-card__title">{{/H2}}{{#H3}}<h3 class="contact-card__title">{{/H3}}{{#H4}}<h4 class="contact-card__title">{{/H4}}<a id="{{CARD_ID}}" href="{{PAGE_URL}}">{{TITLE}}</a>{{#H2}}</h2>{{/H2}}{{#H3}}</h3>{{/H3}}{{#H4}}</h4>{{/H4}}
{{/TITLED}}{{#EXAMPLE}}<p class="contact-card__example">{{T_EXAMPLE_NOTICE}}</p>
{{/EXAMPLE}}<p class="contact-card__urgency">{{URGENCY_LABEL}}</p>
{{#HAS_HOURS_JSON}}<p class="contact-card__open" hidden></p>
{{/HAS_HOURS_JSON}}<dl class="contact-card__details">
{{#PHONE}}<dt>{{T_PHONE}}</dt><dd><a class="contact-card__phone" dir="ltr" href="{{TEL_HREF:none}}">{{PHONE}}</a></dd>
{{/PHONE}}{{#EXAMPLE_PHONE}}<dt>{{T_PHONE}}</dt><dd><span class="contact-card__phone contact-card__phone--example" dir="ltr">{{PHONE}}</span></dd>
{{/EXAMPLE_PHONE}}{{#EXAMPLE_EMAIL}}<dt>{{T_EMAIL}}</dt><dd><span dir="ltr">{{EMAIL}}</span></dd>
{{/EXAMPLE_EMAIL}}{{#EMAIL}}<dt>{{T_EMAIL}}</dt><dd><a dir="ltr" href="{{MAILTO:none}}">{{EMAIL}}</a></dd>
{{/EMAIL}}{{#HAS_WEBSITE}}<dt>{{T_WEBSITE}}</dt><dd><a dir="ltr" href="{{WEBSITE}}" rel="noreferrer">{{WEBSITE}}</a></dd>
{{/HAS_WEBSITE}}{{#HAS_ADDRESS}}<dt>{{T_ADDRESS}}</dt><dd>{{ADDRESS}}</dd>
{{/HAS_ADDRESS}}{{#HOURS}}<dt>{{T_HOURS}}</dt><dd>{{#HOURS_ENTRY}}<span class="hours">{{TEXT}}</span> {{/HOURS_ENTRY}}{{#HOURS_NOTE}}<span class="hours-note">{{NOTE}}</span>{{/HOURS_NOTE}}</dd>
{{#HAS_EXCEPTIONS}}<dt>{{T_HOURS_EXCEPTIONS}}</dt><dd><ul class="hours-exceptions">{{#EXCEPTION}}<li data-date="{{DATE}}">{{DATE_TEXT}}: {{HOURS}}</li>{{/EXCEPTION}}</ul></dd>
{{/HAS_EXCEPTIONS}}{{/HOURS}}{{#HAS_LANGUAGES}}<dt>{{T_SPOKEN_LANGUAGES}}</dt><dd>{{LANGUAGES}}</dd>
{{/HAS_LANGUAGES}}</dl>
{{#VCARD}}<p class="contact-card__vcard"><a href="{{VCARD_URL}}" download="{{VCARD_NAME}}">{{T_SAVE_CONTACT}}</a></p>
{{/VCARD}}</article>
