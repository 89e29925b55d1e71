package org.dpa4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed options and operands of one command: {@code --name value}, {@code --flag}, operands. */
final class Args {
  final Map<String, String> options = new LinkedHashMap<>();
  final List<String> operands = new ArrayList<>();

  static Args parse(List<String> args, Set<String> valued, Set<String> flags) {
    Args parsed = new Args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        parsed.operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (arg.startsWith("--")) {
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (eq > 0) {
          name = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
        if (flags.contains(name) && value == null) {
          parsed.options.put(name, "true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new Usage(name + " needs a value", name + " heeft een waarde nodig");
            }
            value = args.get(++i);
          }
          parsed.options.put(name, value);
        } else {
          throw new Usage("unknown option " + name, "onbekende optie " + name);
        }
      } else {
        parsed.operands.add(arg);
      }
    }
    return parsed;
  }

  /**
   * Returns an option's value, or the fallback when it is not given.
   *
   * @param allowed the values allowed, in the order the message lists them
   * @throws Usage for any other value
   */
  String option(String name, String fallback, List<String> allowed) {
    String value = options.getOrDefault(name, fallback);
    if (!allowed.contains(value)) {
      String choices = String.join(", ", allowed);
      throw new Usage(
          name + " must be one of " + choices + ", not " + value,
          name + " moet een van " + choices + " zijn, niet " + value);
    }
    return value;
  }

  /**
   * The language a command line asks for with {@code --lang nl} or {@code --lang=nl}, looked up
   * before the command line is parsed, so that a usage error is told in it too.
   */
  static java.util.Locale requestedLocale(List<String> args) {
    for (int i = 0; i < args.size() && !args.get(i).equals("--"); i++) {
      String arg = args.get(i);
      boolean dutch =
          arg.equals("--lang=nl")
              || (arg.equals("--lang") && i + 1 < args.size() && args.get(i + 1).equals("nl"));
      if (dutch) {
        return org.dpa4j.model.LocalizedText.DUTCH;
      }
    }
    return java.util.Locale.ENGLISH;
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }
}
