package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpa4j.model.parties.Contact;
import org.dpa4j.model.parties.ContactKind;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.junit.jupiter.api.Test;

/** Personal data never appears in {@code toString()}. */
class RedactionTest {

  @Test
  void contactDetailsAreRedactedButStillReadable() {
    Contact contact =
        Contact.builder()
            .kind(ContactKind.DATA_PROTECTION_OFFICER)
            .name("Jan Jansen")
            .addEmails("jan.jansen@example.nl")
            .addPhones("+31 6 12345678")
            .addFaxes("+31 50 1234567")
            .build();
    Party party =
        Party.builder()
            .role(PartyRole.PROCESSOR)
            .legalName("Voorbeeld B.V.")
            .addContacts(contact)
            .build();

    for (String text : new String[] {contact.toString(), party.toString()}) {
      assertThat(text)
          .doesNotContain("Jan")
          .doesNotContain("jansen")
          .doesNotContain("12345678")
          .doesNotContain("1234567")
          .contains("<redacted>");
    }
    assertThat(contact.getName()).contains("Jan Jansen");
    assertThat(contact.getEmails()).containsExactly("jan.jansen@example.nl");
  }

  @Test
  void aNaturalPersonsNameAddressAndBankAccountNeverReachToString() {
    Party person =
        Party.builder()
            .role(PartyRole.CONTROLLER)
            .kind(org.dpa4j.model.parties.PartyKind.NATURAL_PERSON)
            .legalName("Jan Jansen")
            .address(
                org.dpa4j.model.parties.Address.builder()
                    .street("Dorpsstraat 1")
                    .postcode("1234 AB")
                    .city("Utrecht")
                    .build())
            .iban("NL91ABNA0417164300")
            .build();
    Party company =
        Party.builder()
            .role(PartyRole.PROCESSOR)
            .kind(org.dpa4j.model.parties.PartyKind.ORGANISATION)
            .legalName("Voorbeeld B.V.")
            .build();

    assertThat(person.toString())
        .doesNotContain("Jansen")
        .doesNotContain("Dorpsstraat")
        .doesNotContain("1234 AB")
        .doesNotContain("NL91")
        .isEqualTo("Party{role=controller, kind=natural_person, name=<redacted>}");
    assertThat(person.getAddress().orElseThrow().toString())
        .doesNotContain("Dorpsstraat")
        .doesNotContain("1234 AB");
    assertThat(company.toString())
        .isEqualTo("Party{role=processor, kind=organisation, name=Voorbeeld B.V.}");
  }
}
