using CoopAlliance.Domain.Financing;

namespace CoopAlliance.Web.Pages.Financing;

/// <summary>The committee's words for the pipeline's and the loans' states (staff pages are English).</summary>
public static class FinancingText
{
    public static string Describe(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Intake => "Intake",
        ApplicationStatus.InReview => "In review",
        ApplicationStatus.Committee => "Committee",
        ApplicationStatus.Approved => "Approved",
        ApplicationStatus.Declined => "Declined",
        ApplicationStatus.Disbursed => "Disbursed",
        _ => status.ToString(),
    };

    public static string Describe(LoanStatus status) => status switch
    {
        LoanStatus.Repaying => "Repaying",
        LoanStatus.Repaid => "Repaid",
        LoanStatus.WrittenOff => "Written off",
        _ => status.ToString(),
    };

    public static string Describe(ContributionKind kind) => kind switch
    {
        ContributionKind.Pledge => "Member pledge",
        ContributionKind.Grant => "Grant",
        ContributionKind.InvestorNote => "Investor note",
        _ => kind.ToString(),
    };

    public static string Badge(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Approved or ApplicationStatus.Disbursed => "bg-success",
        ApplicationStatus.Declined => "bg-danger",
        ApplicationStatus.Committee => "bg-warning text-dark",
        _ => "bg-secondary",
    };
}
