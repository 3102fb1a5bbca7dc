namespace CoopAlliance.Domain.Marketing;

/// <summary>Where a listing is in its life: written, waiting for staff, public, sent back, past its time, or taken down.</summary>
public enum ListingStatus
{
    Draft = 1,
    Submitted = 2,
    Published = 3,
    Returned = 4,
    Expired = 5,
    Withdrawn = 6,
}

public enum ListingKind
{
    Product = 1,
    Service = 2,
}

public enum ListingAction
{
    Submit = 1,
    Publish = 2,
    Return = 3,
    Withdraw = 4,
    Renew = 5,
    Expire = 6,
    Edit = 7,
    Create = 8,
}

public enum StoryStatus
{
    Pending = 1,
    Published = 2,
    Rejected = 3,
    Unpublished = 4,
}

/// <summary>How a joint campaign's budget is shared among the co-ops that join it.</summary>
public enum CostSharing
{
    Equally = 1,
    ByWorkerCount = 2,
}

public enum CampaignStatus
{
    /// <summary>Co-ops may join until the deadline.</summary>
    Open = 1,
    /// <summary>The deadline passed and each participant's share is on its account.</summary>
    Charged = 2,
    Cancelled = 3,
}

public enum PhotoRendition
{
    Large = 1,
    Thumbnail = 2,
}

public static class MarketingWords
{
    public static string Describe(this ListingStatus status) => status switch
    {
        ListingStatus.Submitted => "Waiting for review",
        ListingStatus.Returned => "Sent back",
        _ => status.ToString(),
    };

    public static string Describe(this ListingKind kind) => kind switch
    {
        ListingKind.Product => "Products",
        ListingKind.Service => "Services",
        _ => kind.ToString(),
    };

    public static string Describe(this StoryStatus status) => status switch
    {
        StoryStatus.Pending => "Waiting for moderation",
        _ => status.ToString(),
    };

    public static string Describe(this CostSharing sharing) => sharing switch
    {
        CostSharing.Equally => "Equally among participants",
        CostSharing.ByWorkerCount => "By worker count",
        _ => sharing.ToString(),
    };

    public static string Verb(this ListingAction action) => action switch
    {
        ListingAction.Submit => "submit",
        ListingAction.Publish => "publish",
        ListingAction.Return => "send back",
        ListingAction.Withdraw => "withdraw",
        ListingAction.Renew => "renew",
        ListingAction.Expire => "expire",
        ListingAction.Edit => "edit",
        _ => action.ToString().ToLowerInvariant(),
    };
}
