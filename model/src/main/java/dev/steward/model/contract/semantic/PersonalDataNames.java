package dev.steward.model.contract.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises field names that usually hold personal data (e-mail, phone, national ids, names of
 * people, birth dates, addresses, payment cards...). Names are split into words at {@code _},
 * {@code -}, spaces, dots and camelCase humps; a name matches when consecutive words spell a
 * known term, unless a last word outside the term makes it describe the data rather than hold it
 * ({@code email_verified}, {@code address_id}, {@code phone_count}; {@code national_id} still matches).
 */
public final class PersonalDataNames {

    private static final Set<String> TERMS = Set.of(
            "email", "emailaddress", "phone", "phonenumber", "telephone", "mobilenumber", "mobilephone",
            "cellphone", "fax", "ssn", "socialsecuritynumber", "socialsecurity", "nationalid", "nationalidnumber",
            "taxid", "nino", "dob", "birthdate", "dateofbirth", "birthday", "firstname", "lastname",
            "fullname", "middlename", "surname", "givenname", "familyname", "maidenname", "address",
            "streetaddress", "homeaddress", "ipaddress", "ip", "ipv4", "ipv6", "macaddress", "passport",
            "passportnumber", "iban", "creditcard", "creditcardnumber", "cardnumber", "cvv",
            "driverslicense", "driverlicense");

    /** Last words that make a name describe or point to personal data rather than hold it. */
    private static final Set<String> NOT_THE_DATA = Set.of(
            "id", "key", "sk", "count", "type", "status", "flag", "verified", "valid", "enabled", "seq",
            "sequence", "format", "length", "domain", "provider", "consent", "optin", "optout", "opt", "country",
            "amount", "total", "sum", "fee", "balance", "method");

    private PersonalDataNames() {
    }

    /** Whether {@code name} looks like a field holding personal data. */
    public static boolean looksPersonal(String name) {
        return matchedTerm(name) != null;
    }

    /** The personal-data term {@code name} spells, for messages; null when none. */
    public static String matchedTerm(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        List<String> words = words(name);
        boolean describesData = words.size() > 1 && NOT_THE_DATA.contains(words.getLast());
        for (int from = 0; from < words.size(); from++) {
            StringBuilder joined = new StringBuilder();
            for (int to = from; to < words.size() && joined.length() < 32; to++) {
                joined.append(words.get(to));
                if (TERMS.contains(joined.toString()) && (!describesData || to == words.size() - 1)) {
                    return joined.toString();
                }
            }
        }
        return null;
    }

    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            boolean hump = Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                    || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1))));
            if (hump) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
