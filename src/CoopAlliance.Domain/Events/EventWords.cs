namespace CoopAlliance.Domain.Events;

/// <summary>The words people see for the event enums (one place, so pages, PDFs and CSV agree).</summary>
public static class EventWords
{
    public static string Describe(this EventStatus status) => status switch
    {
        EventStatus.Planning => "Planning",
        EventStatus.Published => "Published",
        EventStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Describe(this InvitationAnswer answer) => answer switch
    {
        InvitationAnswer.Pending => "Not answered yet",
        InvitationAnswer.Interested => "Interested",
        InvitationAnswer.NotNow => "Not now",
        _ => answer.ToString(),
    };

    public static string Describe(this PartnerRoles roles) => roles == PartnerRoles.None
        ? "No role yet"
        : string.Join(", ", Enum.GetValues<PartnerRoles>().Where(r => r != PartnerRoles.None && roles.HasFlag(r)).Select(r => r switch
        {
            PartnerRoles.Speaker => "Speaker",
            PartnerRoles.Sponsor => "Sponsor",
            PartnerRoles.Venue => "Venue",
            PartnerRoles.Food => "Food",
            PartnerRoles.Outreach => "Outreach",
            PartnerRoles.Volunteers => "Volunteers",
            _ => r.ToString(),
        }));

    public static string Describe(this SessionFormat format) => format switch
    {
        SessionFormat.Panel => "Panel",
        SessionFormat.Workshop => "Workshop",
        SessionFormat.Plenary => "Plenary",
        SessionFormat.DeliberativePlanning => "Deliberative planning",
        SessionFormat.Social => "Social",
        _ => format.ToString(),
    };

    public static string Describe(this SessionStatus status) => status switch
    {
        SessionStatus.Proposed => "Proposed",
        SessionStatus.ChangesRequested => "Changes asked for",
        SessionStatus.Accepted => "Accepted",
        SessionStatus.Declined => "Declined",
        SessionStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    public static string Describe(this TicketKind kind) => kind switch
    {
        TicketKind.MemberWorkerOwner => "Member worker-owner",
        TicketKind.PartnerOrganisation => "Partner organisation",
        TicketKind.Community => "Community",
        TicketKind.Solidarity => "Solidarity / pay what you can",
        _ => kind.ToString(),
    };

    public static string Describe(this PlaceStatus status) => status switch
    {
        PlaceStatus.Confirmed => "Confirmed",
        PlaceStatus.Waitlisted => "On the waitlist",
        PlaceStatus.Offered => "Place offered",
        PlaceStatus.OfferExpired => "Offer expired",
        PlaceStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Describe(this PaymentStatus status) => status switch
    {
        PaymentStatus.NothingDue => "Nothing due",
        PaymentStatus.Unpaid => "Unpaid",
        PaymentStatus.Paid => "Paid",
        PaymentStatus.ChargedToCoop => "Charged to the co-op's account",
        _ => status.ToString(),
    };

    public static string Describe(this VotingStatus status) => status switch
    {
        VotingStatus.NotOpen => "Not open yet",
        VotingStatus.Open => "Open",
        VotingStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Describe(this CommitmentStatus status) => status switch
    {
        CommitmentStatus.NotStarted => "Not started",
        CommitmentStatus.InProgress => "In progress",
        CommitmentStatus.Done => "Done",
        CommitmentStatus.Stalled => "Stalled",
        CommitmentStatus.Dropped => "Dropped",
        _ => status.ToString(),
    };
}
