package cn.overloadcontrol.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context with MockMvc on the shared embedded PostgreSQL of the test JVM.
 * All classes with this annotation and nothing else share one cached context, so avoid
 * {@code @MockitoBean} and extra properties here: each variation starts another context.
 * Test classes share the database, so each test creates its own data with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {
}
