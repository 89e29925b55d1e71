package org.dpa4j.json.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * Turns a document of an earlier {@code schemaVersion} into the current form, losing nothing: the
 * one statement of what changed between the versions, which both Jackson modules and {@code
 * DpaJson} read through ({@link UpgradingBinder}). Works on a {@link JsonTree}, with no Jackson in
 * it.
 *
 * <p>Version 1 to 2 moves each fact to its new home and changes nothing else:
 *
 * <ul>
 *   <li>{@code /metadata/date} becomes {@code /metadata/dates} with one entry of kind {@code
 *       document};
 *   <li>{@code kvkNumber} of a party becomes a {@code registrations} entry of scheme {@code kvk};
 *   <li>{@code dataSubjectCategories} given as names (in {@code /scope} and its {@code
 *       controllerRoleProcessing}) become objects with that {@code name};
 *   <li>{@code processingRegion} of a sub-processor becomes {@code processingLocations};
 *   <li>{@code /liability/indirectDamageExcluded} and {@code dataLossExcluded}, when true, become
 *       {@code excludedDamages} {@code indirect} and {@code data_loss};
 *   <li>{@code /liability/controllerIndemnities} become {@code indemnities} with {@code
 *       "indemnitor": "controller"};
 *   <li>{@code /transfers/conditions} becomes {@code /transfers/mechanisms}, and {@code
 *       /transfers/countriesNamed} becomes {@code destinations}, one per country.
 * </ul>
 *
 * A property that is not of the expected shape is left where it is, so that the reader reports it
 * as it would any other mistake; unknown properties are left alone.
 */
public final class SchemaUpgrade {
  /** The earlier schema version this class upgrades. */
  public static final String VERSION_1 = Binder.VERSION_1;

  private SchemaUpgrade() {}

  /**
   * Upgrades a version 1 document in place to the current version.
   *
   * @param root the document's root object
   * @return the same object, now of the current version
   */
  public static Map<String, Object> upgrade(Map<String, Object> root) {
    Map<String, Object> metadata = object(root, "metadata");
    if (metadata != null) {
      Object date = metadata.get("date");
      if (date instanceof String && !metadata.containsKey("dates")) {
        metadata.remove("date");
        metadata.put("dates", list(entry("kind", "document", "date", date)));
      }
    }
    for (String party : new String[] {"processor", "controller"}) {
      Map<String, Object> p = object(root, party);
      if (p != null) {
        Object kvk = p.get("kvkNumber");
        if (kvk instanceof String && !p.containsKey("registrations")) {
          p.remove("kvkNumber");
          p.put("registrations", list(entry("scheme", "kvk", "number", kvk)));
        }
      }
    }
    Map<String, Object> scope = object(root, "scope");
    if (scope != null) {
      namesToObjects(scope, "dataSubjectCategories");
      Map<String, Object> controllerRole = object(scope, "controllerRoleProcessing");
      if (controllerRole != null) {
        namesToObjects(controllerRole, "dataSubjectCategories");
      }
    }
    Map<String, Object> subProcessing = object(root, "subProcessing");
    if (subProcessing != null && subProcessing.get("subProcessors") instanceof List) {
      for (Object entry : (List<?>) subProcessing.get("subProcessors")) {
        if (entry instanceof Map) {
          Map<String, Object> sub = asObject(entry);
          Object region = sub.get("processingRegion");
          if (region instanceof String && !sub.containsKey("processingLocations")) {
            sub.remove("processingRegion");
            sub.put("processingLocations", list(region));
          }
        }
      }
    }
    Map<String, Object> liability = object(root, "liability");
    if (liability != null) {
      upgradeLiability(liability);
    }
    Map<String, Object> transfers = object(root, "transfers");
    if (transfers != null) {
      rename(transfers, "conditions", "mechanisms");
      Object countries = transfers.get("countriesNamed");
      if (countries instanceof List
          && ((List<?>) countries).stream().allMatch(c -> c instanceof String)
          && !transfers.containsKey("destinations")) {
        transfers.remove("countriesNamed");
        List<Object> destinations = new ArrayList<>();
        for (Object country : (List<?>) countries) {
          destinations.add(entry("country", country));
        }
        transfers.put("destinations", destinations);
      }
    }
    root.put(Binder.SCHEMA_VERSION, DataProcessingAgreement.SCHEMA_VERSION);
    return root;
  }

  private static void upgradeLiability(Map<String, Object> liability) {
    if (!liability.containsKey("excludedDamages")) {
      List<Object> damages = new ArrayList<>();
      boolean moved = false;
      // In the declaration order of DamageKind: indirect before data_loss.
      String[][] flags = {
        {"indirectDamageExcluded", "indirect"}, {"dataLossExcluded", "data_loss"}
      };
      for (String[] flag : flags) {
        Object value = liability.get(flag[0]);
        if (value instanceof Boolean) {
          liability.remove(flag[0]);
          moved = true;
          if ((Boolean) value) {
            damages.add(flag[1]);
          }
        }
      }
      if (moved && !damages.isEmpty()) {
        liability.put("excludedDamages", damages);
      }
    }
    Object indemnities = liability.get("controllerIndemnities");
    if (indemnities instanceof List && !liability.containsKey("indemnities")) {
      boolean objects = true;
      for (Object entry : (List<?>) indemnities) {
        objects &= entry instanceof Map && !((Map<?, ?>) entry).containsKey("indemnitor");
      }
      if (objects) {
        liability.remove("controllerIndemnities");
        for (Object entry : (List<?>) indemnities) {
          asObject(entry).put("indemnitor", "controller");
        }
        liability.put("indemnities", indemnities);
      }
    }
  }

  /** Turns each name of a list into an object with that name; other entries stay as they are. */
  @SuppressWarnings("unchecked")
  private static void namesToObjects(Map<String, Object> holder, String name) {
    Object names = holder.get(name);
    if (names instanceof List) {
      List<Object> list = (List<Object>) names;
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof String) {
          list.set(i, entry("name", list.get(i)));
        }
      }
    }
  }

  private static void rename(Map<String, Object> holder, String from, String to) {
    Object value = holder.get(from);
    if (value != null && !holder.containsKey(to)) {
      holder.remove(from);
      holder.put(to, value);
    }
  }

  private static Map<String, Object> object(Map<String, Object> holder, String name) {
    Object value = holder.get(name);
    return value instanceof Map ? asObject(value) : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object value) {
    return (Map<String, Object>) value;
  }

  /** An object of names and values, in the order given. */
  private static Map<String, Object> entry(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  private static List<Object> list(Object element) {
    List<Object> list = new ArrayList<>();
    list.add(element);
    return list;
  }
}
