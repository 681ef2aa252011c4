-- Receipt PDFs are rendered from the immutable snapshot when downloaded; the column keeps the receipts already issued.
alter table application_submission alter column receipt_pdf drop not null;
