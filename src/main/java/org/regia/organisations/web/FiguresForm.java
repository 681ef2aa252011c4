package org.regia.organisations.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

public class FiguresForm {

    @NotNull
    private Integer year;
    @NotNull
    private BigDecimal staff;
    private BigDecimal turnover;
    private BigDecimal balanceSheet;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getStaff() { return staff; }
    public void setStaff(BigDecimal staff) { this.staff = staff; }
    public BigDecimal getTurnover() { return turnover; }
    public void setTurnover(BigDecimal turnover) { this.turnover = turnover; }
    public BigDecimal getBalanceSheet() { return balanceSheet; }
    public void setBalanceSheet(BigDecimal balanceSheet) { this.balanceSheet = balanceSheet; }
}
