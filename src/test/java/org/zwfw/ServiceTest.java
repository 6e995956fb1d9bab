package org.zwfw;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one service the API and scenario tests share: the application on a random port with the default profile, the
 * sample rules folder and the test JVM's in-memory database (pom.xml). Spring starts a context once per distinct
 * configuration and keeps it for the whole test run, so every class annotated with this — and nothing else that
 * changes the configuration — runs against the same started service: adding a test to it costs no start.
 *
 * <p>Do not add {@code properties}, {@code @ActiveProfiles}, {@code @TestPropertySource}, {@code @DynamicPropertySource},
 * {@code @MockitoBean}/{@code @MockitoSpyBean}, {@code @Import} or {@code @DirtiesContext} to such a class: each makes
 * another context (another start and another compile of the rules). A test that needs other rules installs them in
 * the shared {@code RuleSetHolder} and puts the original back when it is done (see {@code ScenarioRules}); state a
 * test leaves in the shared database must not be something another test counts on being absent (use identifiers no
 * other test uses). The few classes that need other wiring (another profile, other limits) say why beside their own
 * {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface ServiceTest {}
