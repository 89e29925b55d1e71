package org.dpa4j.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.Blank;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.value.CountryCode;

/**
 * Walks two versions of an agreement side by side, attribute by attribute in canonical order, and
 * collects the changes. List elements are matched by the identity the table gives their type; the
 * pointers of matched elements are kept so that findings of the old version can be compared with
 * those of the new one.
 */
final class Walker {
  private final ModelTypes types = ModelTypes.get();
  private final DiffTable table = DiffTable.get();
  private final List<Change> changes = new ArrayList<>();

  /**
   * Each list element of the old version that the walk compared, by its pointer: its pointer in the
   * new version, or empty when the new version does not have it.
   */
  private final Map<String, Optional<String>> moved = new LinkedHashMap<>();

  List<Change> changes() {
    return changes;
  }

  Map<String, Optional<String>> moved() {
    return moved;
  }

  void compare(Object before, Object after) {
    object(types.root(), before, after, "", "", List.of(), List.of());
    fillBlanks();
  }

  /**
   * Makes a blank that was filled in one change of the term, from the open term to the value; and a
   * value that became an open term the mirror image. The blank is filled where the template's open
   * term is removed and, in the other version, a value is added at the pointer it named or at a
   * term that encloses it (a contact at {@code /controller/contacts/0} fills the blanks at its name
   * and position: one change, from the open terms it fills, named in the order of the template's
   * blanks, to the contact), or the value at that pointer changed (a code the template holds only
   * as the blank's placeholder, such as a choose-option blank's default: that value is no term to
   * compare with). Neutral when adding the term is neutral (a name), else unknown: the template
   * fixed nothing to compare the value with, and the findings of the new version judge it.
   */
  private void fillBlanks() {
    List<Change> filled = new ArrayList<>();
    for (int b = 0; b < changes.size(); b++) {
      Change blank = changes.get(b);
      boolean removed = blank.getKind() == ChangeKind.REMOVED;
      if (blank.getKind() == ChangeKind.CHANGED || !(blankOf(blank, removed) instanceof Blank)) {
        continue;
      }
      Blank open = (Blank) blankOf(blank, removed);
      String pointer = open.getPointer();
      Change enclosing = null;
      for (Change term : filled) {
        if (isOpen(blankOf(term, removed)) && encloses(termPointer(term, removed), pointer)) {
          enclosing = term;
          break;
        }
      }
      if (enclosing != null) {
        // Another blank inside the same term was merged with it already: the change fills this
        // one too, and names it.
        Change wider = withBlank(enclosing, removed, open);
        changes.set(indexOf(changes, enclosing), wider);
        filled.set(indexOf(filled, enclosing), wider);
        changes.remove(b--);
        continue;
      }
      for (int t = 0; t < changes.size(); t++) {
        Change term = changes.get(t);
        if (!fills(term, removed, pointer)) {
          continue;
        }
        Object value = removed ? term.getNewValue().get() : term.getOldValue().get();
        ModelTypes.Attr attr = attribute(term.getAttribute());
        Classification classification =
            table.presence(attr, value, true) == Classification.NEUTRAL
                    || term.getClassification() == Classification.NEUTRAL
                ? Classification.NEUTRAL
                : Classification.UNKNOWN;
        Change merged =
            new Change(
                ChangeKind.CHANGED,
                term.getAttribute(),
                removed ? blank.getOldPointer() : term.getOldPointer(),
                removed ? term.getNewPointer() : blank.getNewPointer(),
                removed ? blank.getOldValue() : term.getOldValue(),
                removed ? term.getNewValue() : blank.getNewValue(),
                removed ? blank.getOldClauses() : term.getOldClauses(),
                removed ? term.getNewClauses() : blank.getNewClauses(),
                classification,
                thirdCountries(value),
                term.isPersonalData());
        changes.set(t, merged);
        filled.add(merged);
        changes.remove(b--);
        break;
      }
    }
  }

  /**
   * A filled blank's change that fills one more blank: its template side names the blanks it fills,
   * in the order of the template's blanks (one blank, or a list of them).
   */
  private static Change withBlank(Change merged, boolean removed, Blank open) {
    List<Object> blanks = new ArrayList<>();
    Object before = blankOf(merged, removed);
    if (before instanceof Collection) {
      blanks.addAll((Collection<?>) before);
    } else {
      blanks.add(before);
    }
    blanks.add(open);
    Optional<Object> all = Optional.of(List.copyOf(blanks));
    return new Change(
        merged.getKind(),
        merged.getAttribute(),
        merged.getOldPointer(),
        merged.getNewPointer(),
        removed ? all : merged.getOldValue(),
        removed ? merged.getNewValue() : all,
        merged.getOldClauses(),
        merged.getNewClauses(),
        merged.getClassification(),
        merged.getThirdCountries(),
        merged.isPersonalData());
  }

  /** The index of this very change in a list (changes that are equal may be different changes). */
  private static int indexOf(List<Change> list, Change change) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == change) {
        return i;
      }
    }
    throw new IllegalStateException("not in the list");
  }

  /** Tells whether a value is an open term: a blank, or the blanks one change fills. */
  private static boolean isOpen(Object value) {
    return value instanceof Blank
        || value instanceof Collection
            && !((Collection<?>) value).isEmpty()
            && ((Collection<?>) value).stream().allMatch(Blank.class::isInstance);
  }

  /** The value on the template's side of a change: the old one where the blank was removed. */
  private static Object blankOf(Change change, boolean removed) {
    return (removed ? change.getOldValue() : change.getNewValue()).orElse(null);
  }

  /** The pointer of a change on the filled side: the new one where the blank was removed. */
  private static String termPointer(Change change, boolean removed) {
    return (removed ? change.getNewPointer() : change.getOldPointer()).orElse("");
  }

  /**
   * Tells whether a change fills the blank at a pointer: a value added (or, the other way round,
   * removed) at or above the pointer, or the value at the pointer changed; never another blank.
   */
  private static boolean fills(Change term, boolean removed, String pointer) {
    Object value = (removed ? term.getNewValue() : term.getOldValue()).orElse(null);
    if (value == null || isOpen(value)) {
      return false;
    }
    String at = termPointer(term, removed);
    if (term.getKind() == ChangeKind.CHANGED) {
      return at.equals(pointer) && !isOpen(blankOf(term, removed));
    }
    return term.getKind() == (removed ? ChangeKind.ADDED : ChangeKind.REMOVED)
        && encloses(at, pointer);
  }

  /** Tells whether a JSON Pointer is another one or one of its ancestors. */
  private static boolean encloses(String ancestor, String pointer) {
    return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
  }

  private ModelTypes.Attr attribute(String key) {
    int dot = key.indexOf('.');
    return types.type(key.substring(0, dot)).attribute(key.substring(dot + 1)).orElseThrow();
  }

  private void object(
      ModelTypes.ObjectType type,
      Object before,
      Object after,
      String oldPointer,
      String newPointer,
      List<ClauseRef> oldClauses,
      List<ClauseRef> newClauses) {
    if (before.equals(after)) {
      return;
    }
    List<ClauseRef> oldHere = clauses(before, oldClauses);
    List<ClauseRef> newHere = clauses(after, newClauses);
    for (ModelTypes.Attr attr : type.attributes) {
      Object oldValue = attr.get(before);
      Object newValue = attr.get(after);
      if (oldValue.equals(newValue)) {
        continue;
      }
      // A transfer safeguard names the places it covers: those of the terms that hold it.
      List<CountryCode> covered = table.rule(attr).safeguard ? countries(before, after) : null;
      Side old = new Side(oldPointer + "/" + attr.name, oldHere, covered);
      Side now = new Side(newPointer + "/" + attr.name, newHere, covered);
      if (attr.isMany()) {
        elements(attr, (Collection<?>) oldValue, (Collection<?>) newValue, old, now);
      } else {
        single(attr, Values.unwrap(oldValue), Values.unwrap(newValue), old, now);
      }
    }
  }

  /** Where a value sits in one version: its pointer and the clauses that cover it. */
  private static final class Side {
    final String pointer;
    final List<ClauseRef> clauses;

    /**
     * The third countries of the terms that hold a transfer safeguard, in both versions, which a
     * change of the safeguard names (a removed SCC leaves them without it); null for other terms.
     */
    final List<CountryCode> covered;

    Side(String pointer, List<ClauseRef> clauses) {
      this(pointer, clauses, null);
    }

    Side(String pointer, List<ClauseRef> clauses, List<CountryCode> covered) {
      this.pointer = pointer;
      this.clauses = clauses;
      this.covered = covered;
    }
  }

  /**
   * The third countries a change names: for a safeguard those it covers, else those of the values.
   */
  private List<CountryCode> named(Side side, Object before, Object after) {
    if (side.covered != null) {
      return side.covered;
    }
    return before == null
        ? thirdCountries(after)
        : after == null ? thirdCountries(before) : countries(before, after);
  }

  private void single(ModelTypes.Attr attr, Object before, Object after, Side old, Side now) {
    ModelTypes.ObjectType type = attr.objectType();
    if (type != null && before != null && after != null) {
      // A term left out of one version is its type's "not stated" value: one change, not one per
      // attribute with pointers the document does not have.
      Optional<Object> notStated = type.notStated();
      if (notStated.isPresent() && after.equals(notStated.get())) {
        after = null;
      } else if (notStated.isPresent() && before.equals(notStated.get())) {
        before = null;
      }
    }
    if (before != null && after != null) {
      if (type != null) {
        object(type, before, after, old.pointer, now.pointer, old.clauses, now.clauses);
      } else {
        changes.add(
            change(
                ChangeKind.CHANGED,
                attr,
                before,
                after,
                old,
                now,
                table.changed(attr, before, after),
                named(old, before, after)));
      }
    } else if (after != null) {
      changes.add(
          change(
              ChangeKind.ADDED,
              attr,
              null,
              after,
              old,
              new Side(now.pointer, clauses(after, now.clauses)),
              table.presence(attr, after, true),
              named(old, null, after)));
    } else {
      changes.add(
          change(
              ChangeKind.REMOVED,
              attr,
              before,
              null,
              new Side(old.pointer, clauses(before, old.clauses)),
              now,
              table.presence(attr, before, false),
              named(old, before, null)));
    }
  }

  private void elements(
      ModelTypes.Attr attr, Collection<?> before, Collection<?> after, Side old, Side now) {
    ModelTypes.ObjectType type = attr.objectType();
    List<?> oldList = new ArrayList<>(before);
    List<?> newList = new ArrayList<>(after);
    int[] partner = match(type, oldList, newList);
    boolean[] taken = new boolean[newList.size()];
    for (int j : partner) {
      if (j >= 0) {
        taken[j] = true;
      }
    }
    if (type == null && !table.judgesElements(attr)) {
      // A value replaced in place (one e-mail address for another) is one changed value, where
      // the table does not judge the values one by one.
      for (int i = 0; i < oldList.size() && i < newList.size(); i++) {
        if (partner[i] < 0 && !taken[i]) {
          partner[i] = i;
          taken[i] = true;
        }
      }
    }
    List<Object> removed = new ArrayList<>();
    List<Object> added = new ArrayList<>();
    for (int i = 0; i < oldList.size(); i++) {
      if (partner[i] < 0) {
        removed.add(oldList.get(i));
      }
    }
    for (int j = 0; j < newList.size(); j++) {
      if (!taken[j]) {
        added.add(newList.get(j));
      }
    }
    // Places replaced by others are judged as a whole list (its worst place), not one by one.
    Optional<Classification> replaced =
        table.replacedPlaces(attr, oldList, newList, removed, added);
    for (int i = 0; i < oldList.size(); i++) {
      if (partner[i] < 0) {
        Object element = oldList.get(i);
        Side at = new Side(old.pointer + "/" + i, clauses(element, old.clauses));
        moved.put(at.pointer, Optional.empty());
        changes.add(
            change(
                ChangeKind.REMOVED,
                attr,
                element,
                null,
                at,
                now,
                replaced.orElseGet(() -> table.element(attr, element, false, newList)),
                named(old, element, null)));
      }
    }
    for (int i = 0; i < oldList.size(); i++) {
      int j = partner[i];
      if (j < 0) {
        continue;
      }
      String from = old.pointer + "/" + i;
      String to = now.pointer + "/" + j;
      moved.put(from, Optional.of(to));
      if (type != null) {
        object(type, oldList.get(i), newList.get(j), from, to, old.clauses, now.clauses);
      } else if (!oldList.get(i).equals(newList.get(j))) {
        changes.add(
            change(
                ChangeKind.CHANGED,
                attr,
                oldList.get(i),
                newList.get(j),
                new Side(from, old.clauses),
                new Side(to, now.clauses),
                table.changed(attr, oldList.get(i), newList.get(j)),
                named(old, oldList.get(i), newList.get(j))));
      }
    }
    for (int j = 0; j < newList.size(); j++) {
      if (!taken[j]) {
        Object element = newList.get(j);
        Side at = new Side(now.pointer + "/" + j, clauses(element, now.clauses));
        changes.add(
            change(
                ChangeKind.ADDED,
                attr,
                null,
                element,
                old,
                at,
                replaced.orElseGet(() -> table.element(attr, element, true, oldList)),
                named(old, null, element)));
      }
    }
  }

  /**
   * Matches the elements of two versions of a list: first those that are surely the same entity
   * (both have a registration number, and they share one), then, among the rest, by identity in
   * order (the k-th old element with a key matches the k-th new one), never two elements that both
   * have registration numbers and share none.
   *
   * @return for each old element the index of its new partner, or -1
   */
  static int[] match(ModelTypes.ObjectType type, List<?> oldList, List<?> newList) {
    List<Set<Object>> oldEntities = new ArrayList<>();
    List<Set<Object>> newEntities = new ArrayList<>();
    oldList.forEach(e -> oldEntities.add(Values.entityKeys(type, e)));
    newList.forEach(e -> newEntities.add(Values.entityKeys(type, e)));
    int[] partner = new int[oldList.size()];
    Arrays.fill(partner, -1);
    boolean[] taken = new boolean[newList.size()];
    for (int i = 0; i < oldList.size(); i++) {
      for (int j = 0; j < newList.size() && !oldEntities.get(i).isEmpty(); j++) {
        if (!taken[j] && !Collections.disjoint(oldEntities.get(i), newEntities.get(j))) {
          partner[i] = j;
          taken[j] = true;
          break;
        }
      }
    }
    Map<Object, List<Integer>> byIdentity = new HashMap<>();
    for (int j = 0; j < newList.size(); j++) {
      byIdentity
          .computeIfAbsent(Values.identityKey(type, newList.get(j)), k -> new ArrayList<>())
          .add(j);
    }
    for (int i = 0; i < oldList.size(); i++) {
      if (partner[i] >= 0) {
        continue;
      }
      for (int j : byIdentity.getOrDefault(Values.identityKey(type, oldList.get(i)), List.of())) {
        boolean otherEntities =
            !oldEntities.get(i).isEmpty()
                && !newEntities.get(j).isEmpty()
                && Collections.disjoint(oldEntities.get(i), newEntities.get(j));
        if (!taken[j] && !otherEntities) {
          partner[i] = j;
          taken[j] = true;
          break;
        }
      }
    }
    // An identity with personal data (a contact's name) cannot tell a person renamed from another:
    // the rest match by the identity's other attributes, in order, so a changed name is one
    // redacted change at its pointer, as a changed e-mail address is. An identity with a place (a
    // transfer destination's country) likewise: a destination that moved is one changed country,
    // judged by the place ranking, and its other changes (its mechanisms) show.
    if (type != null
        && (DiffTable.get().hasPersonalIdentity(type) || DiffTable.get().hasPlaceIdentity(type))) {
      for (int i = 0; i < oldList.size(); i++) {
        if (partner[i] >= 0) {
          continue;
        }
        Object key = Values.publicIdentityKey(type, oldList.get(i));
        for (int j = 0; j < newList.size(); j++) {
          if (!taken[j] && key.equals(Values.publicIdentityKey(type, newList.get(j)))) {
            partner[i] = j;
            taken[j] = true;
            break;
          }
        }
      }
    }
    return partner;
  }

  private Change change(
      ChangeKind kind,
      ModelTypes.Attr attr,
      Object before,
      Object after,
      Side old,
      Side now,
      Classification classification,
      List<CountryCode> thirdCountries) {
    boolean personal = table.rule(attr).personal;
    return new Change(
        kind,
        attr.key(),
        before == null ? Optional.empty() : Optional.of(old.pointer),
        after == null ? Optional.empty() : Optional.of(now.pointer),
        Optional.ofNullable(before),
        Optional.ofNullable(after),
        old.clauses,
        now.clauses,
        classification,
        thirdCountries,
        personal);
  }

  /** The clauses of a term, or those of the enclosing term when it has none of its own. */
  private static List<ClauseRef> clauses(Object value, List<ClauseRef> enclosing) {
    if (value instanceof Sourced) {
      List<ClauseRef> own = ((Sourced) value).getClauses();
      if (!own.isEmpty()) {
        return own;
      }
    }
    return enclosing;
  }

  /** The countries outside the EEA of both values, old first, each once. */
  private List<CountryCode> countries(Object before, Object after) {
    List<CountryCode> found = thirdCountries(before);
    collectThirdCountries(after, found);
    // Sorted, so that the change seen the other way round names them alike.
    Collections.sort(found);
    return found;
  }

  /** The countries outside the EEA in a value: itself, or anywhere inside a model object. */
  private List<CountryCode> thirdCountries(Object value) {
    List<CountryCode> found = new ArrayList<>();
    collectThirdCountries(value, found);
    return found;
  }

  private void collectThirdCountries(Object value, List<CountryCode> found) {
    if (value instanceof CountryCode) {
      if (!((CountryCode) value).isWithin(CountryCode.EEA) && !found.contains(value)) {
        found.add((CountryCode) value);
      }
      return;
    }
    ModelTypes.ObjectType type = types.typeOf(value);
    if (type == null) {
      return;
    }
    for (ModelTypes.Attr attr : type.attributes) {
      Object v = attr.get(value);
      if (v instanceof Collection) {
        for (Object element : (Collection<?>) v) {
          collectThirdCountries(element, found);
        }
      } else {
        Object present = Values.unwrap(v);
        if (present != null) {
          collectThirdCountries(present, found);
        }
      }
    }
  }
}
