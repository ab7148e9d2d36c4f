#include "cli/command_line.h"

#include <algorithm>

#include "core/suggestion.h"

namespace kunskap {

bool CommandLine::Has(const std::string& flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

std::string CommandLine::Value(const std::string& option, const std::string& fallback) const {
  auto it = values.find(option);
  return it == values.end() ? fallback : it->second;
}

const std::vector<CommandSpec>& Commands() {
  static const std::vector<CommandSpec> commands = {
      {"build",
       "build the site into the output folder",
       {"--source", "--out", "--base-url"},
       {"--drafts", "--clean", "--timings"},
       "usage: kunskap build [--source DIR] [--out DIR] [--drafts] [--base-url URL] [--clean]\n"
       "                     [--timings]\n"
       "\n"
       "Builds the site in DIR (default: the current folder, which holds site-config.toml).\n"
       "The output replaces --out (default: output_dir from the config, else 'public') only\n"
       "when the whole build succeeded; a failed build leaves the previous output untouched.\n"
       "A build makes again only what a change touched since the previous one; the result\n"
       "is the same as a clean build's, byte for byte.\n"
       "\n"
       "  --source DIR     the site folder\n"
       "  --out DIR        where to write the site\n"
       "  --drafts         include pages with 'draft: true'\n"
       "  --base-url URL   override base_url (canonical links, sitemap)\n"
       "  --clean          make every file again, ignoring the cache (cache_dir, default\n"
       "                   .kunskap-cache) of what the previous build made\n"
       "  --timings        print the time each stage took and what was made again\n"
       "\n"
       "Exit codes: 0 built, 1 the site has errors (all printed as path:line:col), 2 usage.\n"},
      {"serve",
       "build the site and serve it on localhost, rebuilding and reloading on every save",
       {"--source", "--port", "--bind"},
       {"--drafts"},
       "usage: kunskap serve [--source DIR] [--port N] [--bind ADDR] [--drafts]\n"
       "\n"
       "Builds the site into memory and serves it (default http://127.0.0.1:8000/). Watches\n"
       "content, themes and site-config.toml; every save rebuilds and reloads the open\n"
       "browser tabs. Errors are printed here and shown over the page, and the last good\n"
       "build keeps being served. The reload script is added only here, never to a build.\n"
       "Ctrl-C stops.\n"
       "\n"
       "  --source DIR   the site folder (default: the current folder)\n"
       "  --port N       the port (default 8000; 0 picks a free one)\n"
       "  --bind ADDR    the address to listen on (default 127.0.0.1: this machine only)\n"
       "  --drafts       include pages with 'draft: true'\n"},
      {"check",
       "check the content for everything CI should stop on, without building",
       {"--source", "--today", "--format"},
       {"--allow-examples"},
       "usage: kunskap check [--source DIR] [--today YYYY-MM-DD] [--format text|json]\n"
       "                     [--allow-examples]\n"
       "\n"
       "Reports, with path:line:col, every error and warning a build would give (broken links\n"
       "and anchors, front matter, missing translations, unknown contact routes, unused\n"
       "definitions, web addresses that cannot work) and pages past their review_by date\n"
       "(errors) or due within 30 days (warnings), and contact routes marked 'example: true'\n"
       "(errors: their numbers are placeholders). Writes nothing.\n"
       "\n"
       "  --source DIR     the site folder (default: the current folder)\n"
       "  --allow-examples example contact routes are warnings, not errors (a demo site)\n"
       "  --today DATE     check review dates as of this day (default: today)\n"
       "  --format FORMAT  text (default) or json, for machines\n"
       "\n"
       "Exit codes: 0 no errors, 1 errors, 2 usage.\n"},
      {"index",
       "build a Lunr search index from JSON documents",
       {"--lang", "--fields"},
       {"--positions"},
       "usage: kunskap index --lang LANG [--fields SPEC] [--positions] < docs.json > index.json\n"
       "\n"
       "Reads a JSON array of documents, {\"ref\": ..., \"<field>\": ...}, and writes the Lunr\n"
       "index lunr.js 2.3.9 with lunr-languages 1.22.0 would write for them, byte for byte.\n"
       "\n"
       "  --lang LANG      sv, en or ar: that language's trimmer, stop words and stemmer;\n"
       "                   none: lunr's trimmer only\n"
       "  --fields SPEC    fields in order, with boosts: title^10,body (default: every field\n"
       "                   of the first document but ref, in its order, no boosts)\n"
       "  --positions      store each term's positions (metadataWhitelist ['position'])\n"
       "\n"
       "Exit codes: 0 written, 1 the input has errors (printed as <stdin>:line:col), 2 usage.\n"},
      {"new",
       "start a content page from its kind's archetype",
       {"--source", "--section", "--owner", "--translation-key"},
       {},
       "usage: kunskap new KIND LANG \"Title\" [--source DIR] [--section DIR] [--owner TEXT]\n"
       "                   [--translation-key KEY]\n"
       "\n"
       "Starts a page from the theme's archetype for KIND (themes/<theme>/archetypes/KIND.md)\n"
       "in the section of that kind under content/LANG/, and prints the path it created. The\n"
       "file name comes from the title (\"Våld i nära relation\" -> vald-i-nara-relation.md);\n"
       "review_by is a year from today, and an update's date is today. An existing file is\n"
       "never overwritten.\n"
       "\n"
       "  KIND                   article, definition, contact or update\n"
       "  LANG                   a language of the site (sv, en, ...)\n"
       "  --source DIR           the site folder (default: the current folder)\n"
       "  --section DIR          the folder under content/LANG/ (default: the one section\n"
       "                         whose _index.md says 'kind: KINDs'; needed when there are\n"
       "                         several)\n"
       "  --owner TEXT           who answers for the page (default: the section's owner)\n"
       "  --translation-key KEY  pairs the page with its other languages (default: its path,\n"
       "                         e.g. medarbetare/ny-rutin); a contact's file name is the\n"
       "                         key's last part, the route id every language shares\n"
       "\n"
       "Exit codes: 0 created, 1 the file exists or the site has no such section (printed\n"
       "as path: error: message), 2 usage.\n",
       {"KIND", "LANG", "TITLE"}},
  };
  return commands;
}

std::string GeneralHelp() {
  std::string text =
      "kunskap: builds a municipality's knowledge overview from Markdown into a static,\n"
      "searchable intranet site.\n\nusage: kunskap <command> [options]\n\ncommands:\n";
  for (const auto& command : Commands()) {
    text +=
        "  " + command.name + std::string(10 - command.name.size(), ' ') + command.summary + "\n";
  }
  text +=
      "\noptions:\n  --help      show help (also after a command)\n"
      "  --version   show the version\n";
  return text;
}

CommandLine ParseCommandLine(const std::vector<std::string>& args) {
  CommandLine line;
  if (args.empty()) {
    line.command = "help";
    return line;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    line.command = "help";
    if (args.size() > 1) line.values["topic"] = args[1];
    return line;
  }
  if (args[0] == "--version") {
    line.command = "version";
    return line;
  }
  const CommandSpec* spec = nullptr;
  std::vector<std::string> names;
  for (const auto& command : Commands()) {
    names.push_back(command.name);
    if (command.name == args[0]) spec = &command;
  }
  if (!spec) {
    line.error = "unknown command '" + args[0] + "'";
    std::string hint = DidYouMean(args[0], names);
    if (!hint.empty()) line.error += "; " + hint;
    return line;
  }
  line.command = spec->name;
  for (size_t i = 1; i < args.size(); ++i) {
    std::string arg = args[i];
    if (arg == "--help" || arg == "-h") {
      line.help = true;
      continue;
    }
    if (!arg.starts_with("-") || arg == "-") {
      if (line.arguments.size() >= spec->arguments.size()) {
        line.error = "unexpected argument '" + arg + "' for '" + spec->name + "'";
        return line;
      }
      line.arguments.push_back(arg);
      continue;
    }
    std::string value;
    bool inline_value = false;
    if (auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      inline_value = true;
    }
    auto& vo = spec->value_options;
    auto& fo = spec->flag_options;
    if (std::find(vo.begin(), vo.end(), arg) != vo.end()) {
      if (!inline_value) {
        if (i + 1 >= args.size()) {
          line.error = "option " + arg + " needs a value";
          return line;
        }
        value = args[++i];
      }
      line.values[arg] = value;
    } else if (std::find(fo.begin(), fo.end(), arg) != fo.end() && !inline_value) {
      line.flags.push_back(arg);
    } else {
      std::vector<std::string> all(vo);
      all.insert(all.end(), fo.begin(), fo.end());
      line.error = "unknown option '" + arg + "' for '" + spec->name + "'";
      std::string hint = DidYouMean(arg, all);
      if (!hint.empty()) line.error += "; " + hint;
      return line;
    }
  }
  if (!line.help && line.arguments.size() < spec->arguments.size()) {
    line.error = "'" + spec->name + "' needs";
    for (const auto& name : spec->arguments) line.error += " " + name;
    line.error += "; " + spec->arguments[line.arguments.size()] + " is missing";
  }
  return line;
}

}  // namespace kunskap
