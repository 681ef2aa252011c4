-- Receipt numbers are handed out in blocks of 50 (ReceiptNumbers): one nextval per 50 submissions instead of one
-- each. Numbers stay unique (the column is UNIQUE); a restart leaves a gap of at most one unused block.
alter sequence app_receipt_seq increment by 50;
