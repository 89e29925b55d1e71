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
              throw new Usage(name + " needs a value");
            }
            value = args.get(++i);
          }
          parsed.options.put(name, value);
        } else {
          throw new Usage("unknown option " + name);
        }
      } else {
        parsed.operands.add(arg);
      }
    }
    return parsed;
  }

  String option(String name, String fallback, Set<String> allowed) {
    String value = options.getOrDefault(name, fallback);
    if (!allowed.contains(value)) {
      throw new Usage(name + " must be one of " + String.join(", ", allowed) + ", not " + value);
    }
    return value;
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }
}
