package ru.kogalym.civic.query.web;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiExceptionHandlerTest {

    @RestController
    static class Probe {

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret internals");
        }

        @GetMapping("/store-gone")
        String storeGone() {
            throw new MongoTimeoutException("no server at 10.0.0.7");
        }

        @GetMapping("/typed")
        String typed(@RequestParam int count, @RequestParam(required = false) Integer optional) {
            return "ok";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Probe())
                                               .setControllerAdvice(new ApiExceptionHandler())
                                               .build();

    @Test
    void anUnexpectedErrorIsAProblemThatRevealsNothing() throws Exception {
        mvc.perform(get("/boom").accept(MediaType.APPLICATION_JSON))
           .andExpect(status().isServiceUnavailable())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
           .andExpect(jsonPath("$.status").value(503))
           .andExpect(content().string(not(containsString("secret"))));
    }

    @Test
    void anUnreachableStoreIsA503ToRetryLater() throws Exception {
        mvc.perform(get("/store-gone"))
           .andExpect(status().isServiceUnavailable())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
           .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
           .andExpect(content().string(not(containsString("10.0.0.7"))));
    }

    @Test
    void typeMismatchAndMissingParametersNameTheParameter() throws Exception {
        mvc.perform(get("/typed").param("count", "many"))
           .andExpect(status().isBadRequest())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
           .andExpect(jsonPath("$.field").value("count"));
        mvc.perform(get("/typed").param("count", "1").param("optional", "x"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.field").value("optional"));
        mvc.perform(get("/typed"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.field").value("count"));
    }
}
