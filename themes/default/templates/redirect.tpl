{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}" dir="{{DIR}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url={{DEFAULT_URL}}">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<script src="{{ROOT}}assets/quick-exit.js" data-exit-url="{{QUICK_EXIT_URL}}"></script>
<link rel="stylesheet" href="{{ROOT}}assets/style.css">
<title>{{SITE_TITLE}}</title>
</head>
<body>
{{>QUICK_EXIT}}
<main id="main">
<h1>{{SITE_TITLE}}</h1>
<ul>
{{#LANGUAGE}}<li><a href="{{LANG_URL}}" lang="{{LANG_CODE}}" hreflang="{{LANG_CODE}}" dir="{{LANG_DIR}}">{{LANG_TITLE}} ({{LANG_NAME}})</a></li>
{{/LANGUAGE}}</ul>
</main>
</body>
</html>
