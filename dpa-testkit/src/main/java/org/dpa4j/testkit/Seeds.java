package org.dpa4j.testkit;

import java.util.ArrayList;
import java.util.List;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Provision;
import org.dpa4j.model.processing.PersonalDataCategory;

/** Small helpers that keep the seed definitions close to the text they transcribe. */
final class Seeds {
  private Seeds() {}

  /** Clause references from their written form. */
  static List<ClauseRef> refs(String... references) {
    List<ClauseRef> out = new ArrayList<>(references.length);
    for (String reference : references) {
      out.add(ClauseRef.of(reference));
    }
    return out;
  }

  /** A provision with a verbatim quote. */
  static Provision quoted(String text, String quote, String... clauses) {
    return Provision.builder().text(text).quote(quote).addAllClauses(refs(clauses)).build();
  }

  /** Plain categories in one group, all from one clause. */
  static List<PersonalDataCategory> plain(String group, String clause, String... names) {
    List<PersonalDataCategory> out = new ArrayList<>(names.length);
    for (String name : names) {
      var b = PersonalDataCategory.builder().name(name);
      if (group != null) {
        b.group(group);
      }
      out.add(b.addClauses(ClauseRef.of(clause)).build());
    }
    return out;
  }

  /** One category with flags. */
  static PersonalDataCategory flagged(
      String group, String clause, String name, boolean content, boolean traffic) {
    var b =
        PersonalDataCategory.builder()
            .name(name)
            .contentData(content)
            .trafficOrLocationData(traffic)
            .addClauses(ClauseRef.of(clause));
    if (group != null) {
      b.group(group);
    }
    return b.build();
  }

  /** Traffic data of calls: who called whom, when and how long (also about the other party). */
  static PersonalDataCategory callRecords(
      String group, String clause, String name, boolean content) {
    return org.dpa4j.model.processing.ImmutablePersonalDataCategory.copyOf(
            flagged(group, clause, name, content, true))
        .withCommunicationMetadata(true);
  }
}
