-- The annual report's free text about the next year's plans, one per fiscal year (April–March).
CREATE TABLE annual_report_plan (
    fiscal_year  INTEGER        NOT NULL PRIMARY KEY,
    plans        VARCHAR(8000)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
