package dev.steward.model.contract.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"email", "customer_email", "EmailAddress", "phone_number", "ssn", "dob", "birth_date",
            "dateOfBirth", "first_name", "LastName", "full_name", "shipping_address", "ip_address", "client_ip",
            "passport_number", "iban", "credit_card_number", "national_id", "tax-id"})
    void namesThatHoldPersonalData(String name) {
        assertTrue(PersonalDataNames.looksPersonal(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"order_id", "amount", "email_verified", "address_id", "phone_count", "credit_card_amount",
            "product_name", "zip_code_region", "shipping_method", "recipe", "ipsum", ""})
    void namesThatDoNot(String name) {
        assertFalse(PersonalDataNames.looksPersonal(name), name);
    }

    @Test
    void theTermIsReportedForMessages() {
        assertEquals("dateofbirth", PersonalDataNames.matchedTerm("date_of_birth"));
        assertNull(PersonalDataNames.matchedTerm("order_total"));
    }

    @Test
    void wordsSplitAtSeparatorsAndCamelCaseHumps() {
        assertEquals(List.of("customer", "email", "address"), PersonalDataNames.words("customerEmail-Address"));
        assertEquals(List.of("ip", "address"), PersonalDataNames.words("IPAddress"));
    }
}
