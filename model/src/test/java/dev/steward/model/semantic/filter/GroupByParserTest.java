package dev.steward.model.semantic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupByParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            metric_time                                          | TIME_DIMENSION metric_time
            metric_time__month                                   | TIME_DIMENSION metric_time grain=month
            metric_time__week                                    | TIME_DIMENSION metric_time grain=week
            metric_time__extract_doy                             | TIME_DIMENSION metric_time part=doy
            customer__region                                     | NAME region path=customer
            listing__user__country                               | NAME country path=listing,user
            order__ordered_at__day                               | NAME ordered_at path=order grain=day
            customer_id__country                                 | NAME country path=customer_id
            listing                                              | NAME listing
            metric_time__alien_day                               | TIME_DIMENSION metric_time grain=alien_day
            booking__ds__alien_day                               | NAME alien_day path=booking,ds
            `  customer__region  `                               | NAME region path=customer
            TimeDimension('metric_time', 'day')                  | TIME_DIMENSION metric_time grain=day
            TimeDimension("metric_time", "DAY")                  | TIME_DIMENSION metric_time grain=day
            TimeDimension('metric_time__week')                   | TIME_DIMENSION metric_time grain=week
            TimeDimension('order__ordered_at', 'fiscal_quarter') | TIME_DIMENSION ordered_at path=order grain=fiscal_quarter
            TimeDimension('metric_time').grain('month')          | TIME_DIMENSION metric_time grain=month
            TimeDimension('metric_time').date_part('dow')        | TIME_DIMENSION metric_time part=dow
            TimeDimension('metric_time', date_part_name='year')  | TIME_DIMENSION metric_time part=year
            TimeDimension('metric_time', 'day').descending(True) | TIME_DIMENSION metric_time grain=day desc
            TimeDimension('metric_time', descending=True)        | TIME_DIMENSION metric_time desc
            Dimension('customer__customer_country')              | DIMENSION customer_country path=customer
            Dimension('country__region', entity_path=['customer']) | DIMENSION region path=customer,country
            Dimension( 'listing__capacity_latest' , )            | DIMENSION capacity_latest path=listing
            Dimension('booking__paid_at').grain('week')          | TIME_DIMENSION paid_at path=booking grain=week
            TimeDimension('metric_time__week', 'week')           | TIME_DIMENSION metric_time grain=week
            Dimension('metric_time')                             | DIMENSION metric_time
            Dimension('listing__capacity').descending(False)     | DIMENSION capacity path=listing
            Entity('customer')                                   | ENTITY customer
            Entity('listing__user')                              | ENTITY user path=listing
            Entity('customer').descending(True)                  | ENTITY customer desc
            Metric('orders').descending(True)                    | METRIC orders desc
            Metric('views')                                      | METRIC views
            Metric('bookings', group_by=['listing', 'view__listing']) | METRIC bookings group_by=listing,view__listing
            """)
    void readsEachForm(String text, String expected) {
        ParsedGroupBy parsed = GroupByParser.parse(text);

        assertEquals(Optional.empty(), parsed.problem(), text);
        assertEquals(expected, ItemShape.of(parsed.item().orElseThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            customer____region                       | 'customer____region' has an empty part        | customer____region
            Customer__region                         | must start with a lower-case letter           | Customer__region
            customer__region_                        | not end with _                                | customer__region_
            customer__metric_time                    | metric_time takes no entity                   | customer__metric_time
            `{{ Dimension('customer__region') }}`    | without {{ }}                                 | `{{ Dimension('customer__region') }}`
            Dimension('region')                      | exactly one entity                            | 'region'
            Dimension('listing__user__country')      | reach further entities with entity_path       | 'listing__user__country'
            Dimension('customer__ordered_at__month') | takes no grain in its name; write TimeDimension('customer__ordered_at', 'month') | 'customer__ordered_at__month'
            TimeDimension('metric_time__week', 'month') | TimeDimension takes a grain either as 'metric_time__week' or as a second argument, not both | 'month'
            TimeDimension('metric_time__week').grain('day') | not both                            | 'day'
            TimeDimension('metric_time', 'month').grain('day') | given a grain twice ('month' and 'day') | 'day'
            TimeDimension('metric_time', 'Month-ly') | Unknown grain 'Month-ly'; use one of nanosecond, microsecond | 'Month-ly'
            TimeDimension('metric_time').date_part('hour') | Unknown date part 'hour'; use one of year, quarter | 'hour'
            TimeDimension('metric_time__extract_year') | as .date_part('year'), not in its name       | 'metric_time__extract_year'
            TimeDimension('metric_time', grain='day') | TimeDimension has no parameter 'grain'       | grain
            TimeDimension('metric_time', 'day', ['a'], True, 'year', 'x') | takes at most 5 arguments | 'x'
            TimeDimension()                          | TimeDimension needs a name                    | TimeDimension()
            Dimension(customer__region)              | must be a quoted string                       | customer__region
            Dimension('customer__region', entity_path='customer') | entity_path must be a list   | 'customer'
            Dimension('customer__region').descending('yes') | descending takes True or False         | 'yes'
            Dimension('customer__region').sort()     | Dimension has no method 'sort'                | sort
            Dimension('customer__region').grain()    | .grain(...) takes exactly one argument        | grain()
            TimeDimension('metric_time__alien_day')  | 'alien_day' is not a standard grain; give a custom grain as an argument: TimeDimension('metric_time', 'alien_day') | 'metric_time__alien_day'
            Entity('customer__day')                  | Entity takes no grain in its name             | 'customer__day'
            Entity('customer').grain('day')          | Entity has no method 'grain'                  | grain
            Metric('orders__total')                  | Invalid metric name                           | 'orders__total'
            Metric('orders', group_by='listing')     | group_by must be a list                       | 'listing'
            TimeDimension('metric_time', 'montth')   | Unknown grain 'montth' (did you mean 'month'?); use one of | 'montth'
            TimeDimension('metric_time').date_part('dayofweek') | Unknown date part 'dayofweek'; use one of | 'dayofweek'
            TimeDimension('metric_time').date_part('yaer') | Unknown date part 'yaer' (did you mean 'year'?) | 'yaer'
            Entity('customer').descnding(True)       | Entity has no method 'descnding' (did you mean 'descending'?); it has descending | descnding
            Dimenson('customer__region')             | Unknown object 'Dimenson' (did you mean 'Dimension'?); use Dimension, TimeDimension, Entity or Metric | Dimenson
            Dimension('customer__region'             | but the expression ends                       | ``
            Dimension('customer__region) = 1         | not closed with '                             | `'customer__region) = 1`
            Dimension('customer__region') > 3        | Unexpected character '>'                      | >
            Dimension('a__b') 'c'                    | Unexpected 'c' after the object               | 'c'
            """)
    void reportsEachMistakeWhereItIs(String text, String message, String at) {
        ParsedGroupBy parsed = GroupByParser.parse(text);

        assertFalse(parsed.isValid(), text);
        FilterProblem problem = parsed.problem().orElseThrow();
        assertTrue(problem.message().contains(message), problem.message());
        String trimmed = text.strip();
        int start = at.isEmpty() ? trimmed.length() : trimmed.indexOf(at);
        assertEquals(at, text.substring(problem.start(), problem.end()), problem.message());
        assertEquals(start + text.indexOf(trimmed), problem.start());
    }

    @Test
    void customGrainsKnownToTheProjectEndADunderName() {
        GroupByItem item = GroupByParser.parse("listing__user__ds__alien_day", Set.of("alien_day")).item().orElseThrow();
        assertEquals("NAME ds path=listing,user grain=alien_day", ItemShape.of(item));
        assertEquals(Optional.empty(), item.standardGrain());
    }

    @Test
    void orderByTakesALeadingMinusForDescendingNamesOnly() {
        assertEquals("NAME booking_value desc",
                ItemShape.of(GroupByParser.parseOrderBy("-booking_value", Set.of()).item().orElseThrow()));
        assertEquals("TIME_DIMENSION metric_time grain=month desc",
                ItemShape.of(GroupByParser.parseOrderBy(" -metric_time__month", Set.of()).item().orElseThrow()));
        assertEquals("NAME booking_value",
                ItemShape.of(GroupByParser.parseOrderBy("booking_value", Set.of()).item().orElseThrow()));
        FilterProblem problem = GroupByParser.parseOrderBy("-Metric('orders')", Set.of()).problem().orElseThrow();
        assertEquals(new FilterProblem("Write descending objects as .descending(True), not with a leading -", 0, 1),
                problem);
        assertTrue(GroupByParser.parseOrderBy("-", Set.of()).problem().isPresent());
    }

    @Test
    void dunderNameRoundTripsToTheOutputColumnName() {
        for (String name : new String[] {"metric_time__month", "listing__user__country", "metric_time__extract_dow",
                "order__ordered_at__day"}) {
            assertEquals(name, GroupByParser.parse(name).item().orElseThrow().dunderName());
        }
        GroupByItem item = GroupByParser.parse("TimeDimension('metric_time', 'month')").item().orElseThrow();
        assertEquals("metric_time__month", item.dunderName());
        assertTrue(item.isMetricTime());
        assertEquals(Optional.of(TimeGranularity.MONTH), item.standardGrain());
        assertEquals(Optional.empty(), GroupByParser.parse("TimeDimension('metric_time', 'fiscal_quarter')")
                .item().orElseThrow().standardGrain());
    }
}
