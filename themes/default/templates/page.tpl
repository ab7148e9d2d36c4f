{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}" dir="{{DIR}}" data-root="{{ROOT}}" data-replace-history="{{REPLACE_HISTORY}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<meta name="referrer" content="no-referrer">
<script src="{{QUICK_EXIT_JS_URL}}" data-exit-url="{{QUICK_EXIT_URL}}"></script>
<title>{{TITLE}} – {{SITE_TITLE}}</title>
{{#HAS_DESCRIPTION}}<meta name="description" content="{{DESCRIPTION}}">
{{/HAS_DESCRIPTION}}{{#HAS_CANONICAL}}<link rel="canonical" href="{{CANONICAL}}">
{{/HAS_CANONICAL}}{{#ALTERNATE}}<link rel="alternate" hreflang="{{HREFLANG}}" href="{{HREF}}">
{{/ALTERNATE}}{{#HAS_JSON_LD}}<script type="application/ld+json">{{JSON_LD:none}}</script>
{{/HAS_JSON_LD}}{{#HAS_FEED}}<link rel="alternate" type="application/atom+xml" href="{{FEED_URL}}" title="{{T_FEED}}">
{{/HAS_FEED}}<link rel="stylesheet" href="{{CSS_URL}}">
<script src="{{HOURS_JS_URL}}" defer></script>
<script src="{{JS_URL}}" defer></script>
{{#HAS_SEARCH}}<script src="{{SEARCH_JS_URL}}" defer></script>
{{/HAS_SEARCH}}
</head>
<body>
<a class="skip-link" href="#main">{{T_SKIP_TO_CONTENT}}</a>
{{>QUICK_EXIT}}
<header class="site-header">
<div class="site-header__inner">
<a class="site-title" href="{{HOME_URL}}">{{SITE_TITLE}}</a>
<nav class="language-switcher" aria-label="{{T_LANGUAGES}}">
<ul>
{{#LANGUAGE}}{{#LANG_CURRENT}}<li><span lang="{{LANG_CODE}}" aria-current="true">{{LANG_NAME}}</span></li>
{{/LANG_CURRENT}}{{#LANG_TRANSLATED}}<li><a href="{{LANG_URL}}" lang="{{LANG_CODE}}" hreflang="{{LANG_CODE}}" dir="{{LANG_DIR}}">{{LANG_NAME}}</a></li>
{{/LANG_TRANSLATED}}{{#LANG_UNTRANSLATED}}<li><a href="{{LANG_URL}}" lang="{{LANG_CODE}}" hreflang="{{LANG_CODE}}" dir="{{LANG_DIR}}">{{LANG_NAME}} <span class="not-translated">({{NOT_TRANSLATED}})</span></a></li>
{{/LANG_UNTRANSLATED}}{{/LANGUAGE}}</ul>
</nav>
{{#HAS_SEARCH}}<form class="site-search" role="search" action="{{SEARCH_URL}}" data-site-search data-t-count="{{T_SEARCH_COUNT}}" data-t-empty="{{T_SEARCH_EMPTY}}" data-t-unavailable="{{T_SEARCH_UNAVAILABLE}}" data-t-kind-article="{{T_KIND_ARTICLE}}" data-t-kind-definition="{{T_KIND_DEFINITION}}" data-t-kind-contact="{{T_KIND_CONTACT}}" data-t-kind-update="{{T_KIND_UPDATE}}" data-audience-labels="{{AUDIENCE_LABELS}}">
<label for="site-search-input">{{T_SEARCH_LABEL}}</label>
<input id="site-search-input" type="search" autocomplete="off" spellcheck="false" aria-controls="site-search-panel">
<button type="submit">{{T_SEARCH_BUTTON}}</button>
<p class="visually-hidden" role="status" aria-live="polite"></p>
<div class="search-panel" id="site-search-panel" hidden>
<ol class="search-results"></ol>
<p class="search-panel__empty">{{T_SEARCH_EMPTY}}</p>
<p class="search-panel__more"><a href="{{SEARCH_URL}}">{{T_SEARCH_ALL_RESULTS}}</a></p>
</div>
</form>
{{/HAS_SEARCH}}</div>
<nav class="main-nav" aria-label="{{T_MAIN_NAVIGATION}}">
<ul>
{{#NAV}}<li><a href="{{NAV_URL}}"{{#NAV_PAGE}} aria-current="page"{{/NAV_PAGE}}{{#NAV_SECTION}} aria-current="true"{{/NAV_SECTION}}>{{NAV_TITLE}}</a></li>
{{/NAV}}</ul>
</nav>
</header>
{{#HAS_BREADCRUMBS}}<nav class="breadcrumbs" aria-label="{{T_BREADCRUMBS}}">
<ol>
{{#CRUMB}}<li><a href="{{CRUMB_URL}}">{{CRUMB_TITLE}}</a></li>
{{/CRUMB}}<li aria-current="page">{{TITLE}}</li>
</ol>
</nav>
{{/HAS_BREADCRUMBS}}<main id="main" tabindex="-1">
{{>MAIN}}
</main>
<footer class="site-footer">
<p class="site-footer__emergency">{{T_EMERGENCY}} <a dir="ltr" href="{{EMERGENCY_TEL:none}}">{{EMERGENCY_NUMBER}}</a></p>
<ul class="site-footer__links">
{{#FOOTER_LINK}}<li><a href="{{FOOTER_URL}}">{{FOOTER_TITLE}}</a></li>
{{/FOOTER_LINK}}</ul>
<p>{{#HAS_ORGANISATION}}{{ORGANISATION}} · {{/HAS_ORGANISATION}}{{T_PRIVACY_NOTE}}</p>
</footer>
<span id="kunskap-strings" hidden data-time-zone="{{TIME_ZONE}}" data-open-now="{{T_OPEN_NOW}}" data-open-closes-today="{{T_OPEN_CLOSES_TODAY}}" data-open-closes-tomorrow="{{T_OPEN_CLOSES_TOMORROW}}" data-open-closes-day="{{T_OPEN_CLOSES_DAY}}" data-closed-opens="{{T_CLOSED_OPENS}}" data-closed-opens-today="{{T_CLOSED_OPENS_TODAY}}" data-closed-opens-tomorrow="{{T_CLOSED_OPENS_TOMORROW}}" data-closed="{{T_CLOSED}}" data-hours-exception-today="{{T_HOURS_EXCEPTION_TODAY}}" data-hours-time-zone="{{T_HOURS_TIME_ZONE}}" data-day-mon="{{T_DAY_MON}}" data-day-tue="{{T_DAY_TUE}}" data-day-wed="{{T_DAY_WED}}" data-day-thu="{{T_DAY_THU}}" data-day-fri="{{T_DAY_FRI}}" data-day-sat="{{T_DAY_SAT}}" data-day-sun="{{T_DAY_SUN}}" data-filter-count-zero="{{T_FILTER_COUNT_ZERO}}" data-filter-count-one="{{T_FILTER_COUNT_ONE}}" data-filter-count-two="{{T_FILTER_COUNT_TWO}}" data-filter-count-few="{{T_FILTER_COUNT_FEW}}" data-filter-count-many="{{T_FILTER_COUNT_MANY}}" data-filter-count-other="{{T_FILTER_COUNT_OTHER}}"></span>
</body>
</html>
