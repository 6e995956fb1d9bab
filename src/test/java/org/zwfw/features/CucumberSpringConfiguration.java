package org.zwfw.features;

import org.zwfw.ServiceTest;

import io.cucumber.spring.CucumberContextConfiguration;

/** One service on a random port, with the sample rules folder, shared by all scenarios and the API tests. */
@CucumberContextConfiguration
@ServiceTest
public class CucumberSpringConfiguration {}
