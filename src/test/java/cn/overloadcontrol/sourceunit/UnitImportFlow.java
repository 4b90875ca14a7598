package cn.overloadcontrol.sourceunit;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** One user's browser session through upload, preview and commit. */
final class UnitImportFlow {

    private final MockMvc mockMvc;
    private final RequestPostProcessor user;
    private final MockHttpSession session = new MockHttpSession();

    /** @param user one principal, reused so the draft's owner stays the same across requests */
    UnitImportFlow(MockMvc mockMvc, RequestPostProcessor user) {
        this.mockMvc = mockMvc;
        this.user = user;
    }

    MvcResult upload(String fileName, byte[] content) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", fileName,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
        return mockMvc.perform(multipart("/units/import").file(file).session(session).with(user).with(csrf()))
                .andReturn();
    }

    /** Uploads a file that must pass the file checks and returns its preview URL. */
    String uploadAccepted(String fileName, byte[] content) throws Exception {
        MvcResult result = upload(fileName, content);
        assertThat(result.getResponse().getRedirectedUrl()).as("preview URL").startsWith("/units/import/");
        return result.getResponse().getRedirectedUrl();
    }

    MvcResult preview(String previewUrl) throws Exception {
        return mockMvc.perform(get(previewUrl).session(session).with(user)).andReturn();
    }

    MvcResult commit(String previewUrl) throws Exception {
        return mockMvc.perform(post(previewUrl).session(session).with(user).with(csrf())).andReturn();
    }

    UnitImportPreview previewModel(String previewUrl) throws Exception {
        return (UnitImportPreview) preview(previewUrl).getModelAndView().getModel().get("preview");
    }

    MockHttpSession session() {
        return session;
    }
}
