// The articles subcommands' lines in `claimdesk --help`, apart from the command so the help loads nothing.
export const ARTICLES_USAGE = `  articles edit ID [--title T] [--author A] [--date YYYY-MM-DD] [--publisher P] [--url URL] [--lang de|en] [--json]
                                     Edit an article's details ("" clears a field)
  articles reextract ID [--json]     Run extraction again; reviewed and edited claims are kept
  articles delete ID [--json]        Move an article to the trash (restore it within 30 days)
  articles restore ID [--json]       Take an article out of the trash
  articles trash [--json]            List the trash
  articles empty-trash [ID...] [--json]
                                     Delete the trash (or the given articles in it) for good`;
