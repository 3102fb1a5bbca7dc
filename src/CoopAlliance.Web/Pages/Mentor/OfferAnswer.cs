using CoopAlliance.Application.Mentoring;
using CoopAlliance.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Mentor;

/// <summary>What the mentor typed to decline an offer (the "Decline" form of _OfferAnswer.cshtml).</summary>
public sealed class OfferDeclineInput
{
    public int MatchId { get; set; }
    public string? Reason { get; set; }
    public bool Confirmed { get; set; }
}

/// <summary>
/// An offer and the mentor's answer to it, wherever the mentor meets it: their home page and the co-op's own page
/// (_OfferAnswer.cshtml). Each page posts to its own Accept and Decline handlers and shows the confirmation it built.
/// </summary>
public sealed record OfferAnswerModel(MatchDto Offer, OfferDeclineInput Decline, string? ReasonError, ConfirmDecisionModel? Confirmation);

public static class OfferAnswers
{
    public const string ReasonMissing = "Tell the staff why, so they can find a better match (e.g. no time this season).";

    /// <summary>"Decline to mentor …?": declining cannot be undone, so the mentor confirms it first.</summary>
    /// <remarks>Its words come from <paramref name="words"/> (Resources/Pages/Mentor/OfferAnswerModel.resx) in the request's language.</remarks>
    public static ConfirmDecisionModel ConfirmDecline(MatchDto offer, string reason, string cancelUrl, string action, int headingLevel,
        IStringLocalizer<OfferAnswerModel> words) =>
        new(words["Decline to mentor {0}?", offer.DevelopingCoopName],
            [words["The staff will offer the group to another mentor."], words["This cannot be undone: the offer is not made to you again."]],
            words["Yes, decline"], cancelUrl, action,
            [
                ConfirmDecisionModel.Field("Decline.MatchId", offer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ConfirmDecisionModel.Field("Decline.Reason", reason),
                ConfirmDecisionModel.Field("Decline.Confirmed", "true"),
            ])
        {
            Details = [new(words["Reason"], reason.Trim())],
            HeadingLevel = headingLevel,
            Id = $"confirm-decline-{offer.Id}",
        };
}
