{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}" dir="{{DIR}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<script src="{{ROOT}}assets/quick-exit.js" data-exit-url="{{QUICK_EXIT_URL}}"></script>
<title>{{T_PAGE_NOT_FOUND}} – {{SITE_TITLE}}</title>
<link rel="stylesheet" href="{{ROOT}}assets/style.css">
</head>
<body>
{{>QUICK_EXIT}}
<main id="main" class="not-found">
<h1>{{T_PAGE_NOT_FOUND}}</h1>
<ul>
{{#LANGUAGE}}<li lang="{{LANG_CODE}}" dir="{{LANG_DIR}}">{{NOT_FOUND}}: <a href="{{LANG_URL}}">{{LANG_TITLE}}</a></li>
{{/LANGUAGE}}</ul>
</main>
</body>
</html>
