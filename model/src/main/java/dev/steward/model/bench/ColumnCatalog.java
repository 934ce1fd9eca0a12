package dev.steward.model.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The vocabulary generated contracts are made of: business entities and typical columns. */
final class ColumnCatalog {

    private ColumnCatalog() {
    }

    /** Options in the order given (Map.of would make the generated text depend on the JVM run). */
    private static Map<String, Object> opts(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** A business entity: table stem, primary key column, business name and domain. */
    record Entity(String table, String key, String businessName, String domain) {
    }

    /** A column template; {@code pii} columns get a classification and a tag. */
    record Column(String name, String logicalType, String physicalType, String description,
                  Map<String, Object> options, boolean pii) {
    }

    static final List<Entity> ENTITIES = List.of(
            new Entity("customers", "customer_id", "Customer", "sales"),
            new Entity("accounts", "account_id", "Account", "finance"),
            new Entity("orders", "order_id", "Order", "sales"),
            new Entity("order_items", "order_item_id", "Order item", "sales"),
            new Entity("invoices", "invoice_id", "Invoice", "finance"),
            new Entity("payments", "payment_id", "Payment", "finance"),
            new Entity("refunds", "refund_id", "Refund", "finance"),
            new Entity("shipments", "shipment_id", "Shipment", "logistics"),
            new Entity("parcels", "parcel_id", "Parcel", "logistics"),
            new Entity("carriers", "carrier_id", "Carrier", "logistics"),
            new Entity("products", "product_id", "Product", "catalogue"),
            new Entity("suppliers", "supplier_id", "Supplier", "catalogue"),
            new Entity("warehouses", "warehouse_id", "Warehouse", "logistics"),
            new Entity("stock_levels", "stock_level_id", "Stock level", "logistics"),
            new Entity("stores", "store_id", "Store", "retail"),
            new Entity("employees", "employee_id", "Employee", "people"),
            new Entity("departments", "department_id", "Department", "people"),
            new Entity("campaigns", "campaign_id", "Campaign", "marketing"),
            new Entity("ad_clicks", "click_id", "Ad click", "marketing"),
            new Entity("sessions", "session_id", "Web session", "marketing"),
            new Entity("page_views", "page_view_id", "Page view", "marketing"),
            new Entity("tickets", "ticket_id", "Support ticket", "support"),
            new Entity("subscriptions", "subscription_id", "Subscription", "sales"),
            new Entity("plans", "plan_id", "Subscription plan", "catalogue"),
            new Entity("leads", "lead_id", "Lead", "marketing"),
            new Entity("opportunities", "opportunity_id", "Opportunity", "sales"),
            new Entity("returns", "return_id", "Return", "logistics"),
            new Entity("reviews", "review_id", "Product review", "catalogue"),
            new Entity("coupons", "coupon_id", "Coupon", "marketing"),
            new Entity("budgets", "budget_id", "Budget line", "finance"));

    static final List<Column> COLUMNS = List.of(
            new Column("created_at", "timestamp", "TIMESTAMP WITH TIME ZONE", "When the record was created, in UTC.", opts("defaultTimezone", "UTC"), false),
            new Column("updated_at", "timestamp", "TIMESTAMP WITH TIME ZONE", "When the record last changed, in UTC.", opts(), false),
            new Column("status", "string", "VARCHAR(16)", "Lifecycle status of the record.", opts("maxLength", 16), false),
            new Column("amount_cents", "integer", "BIGINT", "Amount in cents of the currency in currency_code.", opts("minimum", 0), false),
            new Column("currency_code", "string", "CHAR(3)", "ISO 4217 currency code.", opts("pattern", "^[A-Z]{3}$"), false),
            new Column("country_code", "string", "CHAR(2)", "ISO 3166-1 alpha-2 country code.", opts("minLength", 2, "maxLength", 2), false),
            new Column("email", "string", "VARCHAR(320)", "E-mail address as entered, lower-cased.", opts("format", "email"), true),
            new Column("full_name", "string", "VARCHAR(200)", "Name of the person as entered.", opts(), true),
            new Column("phone", "string", "VARCHAR(20)", "Phone number in E.164 format.", opts("pattern", "^\\+[1-9][0-9]{6,14}$"), true),
            new Column("quantity", "integer", "INTEGER", "Number of units.", opts("minimum", 1), false),
            new Column("unit_price", "number", "NUMERIC(12,2)", "Price per unit, tax included.", opts("minimum", 0), false),
            new Column("discount_rate", "number", "NUMERIC(5,4)", "Discount as a fraction between 0 and 1.", opts("minimum", 0, "maximum", 1), false),
            new Column("is_active", "boolean", "BOOLEAN", "False once the record is retired.", opts(), false),
            new Column("valid_from", "date", "DATE", "First day the record is valid.", opts("format", "yyyy-MM-dd"), false),
            new Column("valid_to", "date", "DATE", "Last day the record is valid; empty while current.", opts("format", "yyyy-MM-dd"), false),
            new Column("channel", "string", "VARCHAR(16)", "Channel through which the record arrived.", opts(), false),
            new Column("region", "string", "VARCHAR(8)", "Sales region code.", opts(), false),
            new Column("external_ref", "string", "VARCHAR(64)", "Reference in the source system, for reconciliation.", opts(), false),
            new Column("notes", "string", "TEXT", "Free-text notes; may contain anything.", opts(), false),
            new Column("score", "number", "DOUBLE", "Model score between 0 and 100.", opts("minimum", 0, "maximum", 100), false),
            new Column("priority", "integer", "SMALLINT", "Priority from 1 (highest) to 5.", opts("minimum", 1, "maximum", 5), false),
            new Column("category", "string", "VARCHAR(40)", "Category in the company taxonomy.", opts(), false),
            new Column("weight_kg", "number", "NUMERIC(8,3)", "Weight in kilograms.", opts("exclusiveMinimum", 0), false),
            new Column("opened_at", "timestamp", "TIMESTAMP", "When the record was opened.", opts(), false),
            new Column("closed_at", "timestamp", "TIMESTAMP", "When the record was closed; empty while open.", opts(), false),
            new Column("duration_seconds", "integer", "INTEGER", "Duration in seconds.", opts("minimum", 0), false),
            new Column("ip_address", "string", "VARCHAR(45)", "Client IP address, v4 or v6.", opts(), true),
            new Column("locale", "string", "VARCHAR(10)", "BCP 47 locale of the user interface.", opts(), false),
            new Column("local_time", "time", "TIME", "Local wall-clock time of the event.", opts("format", "HH:mm:ss"), false),
            new Column("source_system", "string", "VARCHAR(32)", "System the record was loaded from.", opts(), false));

    /** Nested object templates: name, description and their sub-columns. */
    record Nested(String name, String description, List<Column> fields) {
    }

    static final List<Nested> NESTED = List.of(
            new Nested("address", "Postal address as a structured document.", List.of(
                    new Column("street", "string", "VARCHAR(200)", "Street and house number.", opts(), true),
                    new Column("postcode", "string", "VARCHAR(12)", "Postal code.", opts(), false),
                    new Column("city", "string", "VARCHAR(100)", "City or town.", opts(), false),
                    new Column("country_code", "string", "CHAR(2)", "ISO 3166-1 alpha-2 country.", opts(), false))),
            new Nested("audit", "Who changed the record, and when.", List.of(
                    new Column("created_by", "string", "VARCHAR(64)", "User or job that created the record.", opts(), false),
                    new Column("changed_by", "string", "VARCHAR(64)", "User or job that last changed the record.", opts(), false),
                    new Column("changed_at", "timestamp", "TIMESTAMP", "Time of the last change.", opts(), false))),
            new Nested("money", "An amount with its currency.", List.of(
                    new Column("amount", "number", "NUMERIC(14,2)", "The amount.", opts(), false),
                    new Column("currency", "string", "CHAR(3)", "ISO 4217 currency code.", opts(), false))),
            new Nested("device", "Device the user was on.", List.of(
                    new Column("type", "string", "VARCHAR(16)", "desktop, mobile or tablet.", opts(), false),
                    new Column("os", "string", "VARCHAR(32)", "Operating system and version.", opts(), false),
                    new Column("user_agent", "string", "VARCHAR(512)", "Raw user agent string.", opts(), false))));
}
