{{%AUTOESCAPE context="HTML"}}<div class="search-page-wrapper">
<h1>{{TITLE}}</h1>
<div class="prose">
{{BODY:none}}
</div>
<div class="search-page" data-search-page hidden data-t-count="{{T_SEARCH_COUNT}}" data-t-empty="{{T_SEARCH_EMPTY}}" data-t-unavailable="{{T_SEARCH_UNAVAILABLE}}" data-t-kind-article="{{T_KIND_ARTICLE}}" data-t-kind-definition="{{T_KIND_DEFINITION}}" data-t-kind-contact="{{T_KIND_CONTACT}}" data-t-kind-update="{{T_KIND_UPDATE}}" data-audience-labels="{{AUDIENCE_LABELS}}">
<form role="search" class="search-form">
<label for="search-page-input">{{T_SEARCH_LABEL}}</label>
<div class="search-form__row">
<input id="search-page-input" type="search" autocomplete="off" spellcheck="false">
<button type="submit">{{T_SEARCH_BUTTON}}</button>
</div>
<div class="search-filters">
<fieldset>
<legend>{{T_SEARCH_FILTER_AUDIENCE}}</legend>
{{#AUDIENCE_FILTER}}<label><input type="checkbox" name="audience" value="{{AUDIENCE_ID}}" checked> {{AUDIENCE_NAME}}</label>
{{/AUDIENCE_FILTER}}</fieldset>
<fieldset>
<legend>{{T_SEARCH_FILTER_KIND}}</legend>
{{#KIND_FILTER}}<label><input type="checkbox" name="kind" value="{{KIND_ID}}" checked> {{KIND_NAME}}</label>
{{/KIND_FILTER}}</fieldset>
{{#HAS_LANGUAGES}}<p class="search-scope">
<label for="search-scope">{{T_SEARCH_SCOPE}}</label>
<select id="search-scope" name="scope">
<option value="page">{{T_SEARCH_SCOPE_THIS}}</option>
<option value="all">{{T_SEARCH_SCOPE_ALL}}</option>
</select>
</p>
{{/HAS_LANGUAGES}}</div>
</form>
<p class="search-count" role="status" aria-live="polite"></p>
<p class="search-partial" hidden>{{T_SEARCH_PARTIAL}}</p>
<ol class="search-results"></ol>
<p class="search-empty" hidden>{{T_SEARCH_NO_RESULTS}}{{#HAS_DEFINITIONS}} <a href="{{DEFINITIONS_URL}}">{{DEFINITIONS_TITLE}}</a>{{/HAS_DEFINITIONS}}</p>
</div>
</div>
