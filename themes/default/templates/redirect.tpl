{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}" dir="{{DIR}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url={{DEFAULT_URL}}">
<meta name="referrer" content="no-referrer">
<title>{{SITE_TITLE}}</title>
</head>
<body>
<main id="main">
<h1>{{SITE_TITLE}}</h1>
<ul>
{{#LANGUAGE}}<li><a href="{{LANG_URL}}" lang="{{LANG_CODE}}" hreflang="{{LANG_CODE}}" dir="{{LANG_DIR}}">{{LANG_TITLE}} ({{LANG_NAME}})</a></li>
{{/LANGUAGE}}</ul>
</main>
</body>
</html>
