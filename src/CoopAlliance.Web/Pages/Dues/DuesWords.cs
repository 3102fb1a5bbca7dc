using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>How dues things read on a page.</summary>
public static class DuesWords
{
    public static string Money(decimal amount) => Domain.Dues.Money.Format(amount);

    public static string Status(InvoiceStatus status) => status switch
    {
        InvoiceStatus.PartiallyPaid => "Partially paid",
        _ => status.ToString(),
    };

    /// <summary>Badge colours with enough contrast for WCAG AA on their text.</summary>
    public static string BadgeClass(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "text-bg-success",
        InvoiceStatus.Overdue => "text-bg-danger",
        InvoiceStatus.PartiallyPaid => "text-bg-warning",
        InvoiceStatus.Void => "text-bg-secondary",
        _ => "text-bg-primary",
    };

    public static string Method(PaymentMethod method) => method switch
    {
        PaymentMethod.Ach => "ACH transfer",
        PaymentMethod.Card => "Card",
        PaymentMethod.Cash => "Cash",
        _ => "Check",
    };

    public static string RunStatus(InvoiceRunStatus status) => status switch
    {
        InvoiceRunStatus.Running => "Running",
        InvoiceRunStatus.Succeeded => "Finished",
        _ => "Stopped with an error",
    };

    public static string Day(DateOnly day) => day.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
