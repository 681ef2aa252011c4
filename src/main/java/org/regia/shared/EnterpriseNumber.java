package org.regia.shared;

import java.util.Objects;

/**
 * Belgian enterprise number (KBO/BCE): ten digits, the first 0 or 1, the last two equal to
 * 97 - (first eight mod 97). Accepts the usual ways people write it ("0123.456.749", "BE 0123 456 749",
 * "BE0123456749", "123456749" for pre-2023 nine-digit numbers) and normalises them to ten digits.
 */
public final class EnterpriseNumber {

    private final String digits;

    private EnterpriseNumber(String digits) {
        this.digits = digits;
    }

    /** @throws DomainException with key {@code enterpriseNumber.invalid} and the reason when the input is not valid */
    public static EnterpriseNumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw new DomainException("enterpriseNumber.empty");
        }
        String s = input.trim().toUpperCase();
        if (s.startsWith("BE")) {
            s = s.substring(2);
        }
        s = s.replaceAll("[\\s.\\-/]", "");
        if (!s.chars().allMatch(Character::isDigit)) {
            throw new DomainException("enterpriseNumber.notDigits", input);
        }
        if (s.length() == 9) {
            s = "0" + s;
        }
        if (s.length() != 10) {
            throw new DomainException("enterpriseNumber.length", input);
        }
        if (s.charAt(0) != '0' && s.charAt(0) != '1') {
            throw new DomainException("enterpriseNumber.firstDigit", input);
        }
        int expected = checkDigits(s.substring(0, 8));
        int actual = Integer.parseInt(s.substring(8));
        if (expected != actual) {
            throw new DomainException("enterpriseNumber.checksum", input, String.format("%02d", expected));
        }
        return new EnterpriseNumber(s);
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Builds a valid number from its first eight digits (used by generators of test and demo data). */
    public static EnterpriseNumber fromPrefix(String firstEight) {
        if (firstEight.length() != 8 || !firstEight.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("eight digits expected: " + firstEight);
        }
        return parse(firstEight + String.format("%02d", checkDigits(firstEight)));
    }

    static int checkDigits(String firstEight) {
        return 97 - (int) (Long.parseLong(firstEight) % 97);
    }

    /** Ten digits, no separators: "0123456749". */
    public String digits() {
        return digits;
    }

    /** The official display form: "0123.456.749". */
    public String formatted() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    /** The org-id used by 360Giving and similar registries: "BE-BCE_KBO-0123456749". */
    public String orgId() {
        return "BE-BCE_KBO-" + digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnterpriseNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
