package dev.steward.model.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class over the shop fixture: one database per class, closed after it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShopQueryTest {
    ShopFixture shop;

    @BeforeAll
    void load() throws Exception {
        shop = new ShopFixture();
    }

    @AfterAll
    void close() throws Exception {
        shop.close();
    }
}
