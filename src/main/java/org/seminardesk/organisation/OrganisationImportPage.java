package org.seminardesk.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;

/**
 * The import on manage/organisations.xhtml: a file is read and previewed (what each line would do, what is
 * wrong, by line); "import" then stores the same file, all of it or nothing.
 */
@Named
@ViewScoped
public class OrganisationImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    OrganisationImport imports;

    private transient Part file;
    private byte[] content;
    private String fileName;
    private OrganisationImport.Preview preview;

    public void check() {
        if (file == null || file.getSize() == 0) {
            PageParams.refused(DomainException.invalid("file", "No file").withCode("attendance.noFile"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            PageParams.refused(DomainException.invalid("file", "Larger than 5 MB").withCode("organisation.importTooLarge"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
            fileName = file.getSubmittedFileName();
            preview = imports.preview(content);
        } catch (IOException e) {
            PageParams.refused(DomainException.invalid("file", "The upload could not be read").withCode("upload.unreadable"));
        }
    }

    public void importChecked() {
        if (content == null) {
            return;
        }
        try {
            OrganisationImport.Preview done = imports.importFile(content);
            PageParams.info("organisations.imported", done.lines().size());
            content = null;
            preview = null;
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
    public String getFileName() { return fileName; }
    public OrganisationImport.Preview getPreview() { return preview; }
}
