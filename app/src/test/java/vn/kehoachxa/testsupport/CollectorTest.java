package vn.kehoachxa.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A collector test run twice: on an embedded H2 collector in a temp folder and on a fresh PostgreSQL database.
 * See {@link CollectorDatabases} for the parameters and for how the PostgreSQL server is found.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(CollectorDatabases.class)
public @interface CollectorTest {
}
