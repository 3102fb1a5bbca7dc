using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Marketing;

/// <summary>What a rep writes about one thing their co-op sells or does.</summary>
public sealed record ListingDetails(
    string Title,
    ListingKind Kind,
    string Description,
    IReadOnlyCollection<int> CategoryIds,
    IReadOnlyCollection<Region> Regions,
    string? HowToOrder,
    string? ContactEmail,
    string? ContactPhone,
    string? Website,
    string? OrderUrl);

/// <summary>
/// A co-op's listing in the public directory: what it sells or does, in the taxonomy's categories and the regions
/// it serves. It is shown to the public only while it is published, unexpired and its co-op is in good standing
/// (<see cref="ListingVisibility"/>): a co-op that lapses disappears from every public surface without its listings
/// changing, so reinstatement brings them back by itself. Listings are never deleted; withdrawing takes one down.
/// </summary>
public sealed class Listing : Entity, IVersioned, IBelongsToCoop
{
    public const int MaxPhotos = 6;

    private readonly List<ListingCategoryLink> _categories = [];
    private readonly List<ListingRegion> _regions = [];
    private readonly List<ListingEvent> _events = [];

    private Listing() { }

    public Listing(int cooperativeId, ListingDetails details, Actor by, DateTimeOffset at)
    {
        CooperativeId = cooperativeId;
        Status = ListingStatus.Draft;
        CreatedAt = at;
        Apply(details);
        UpdatedAt = at;
        _events.Add(new ListingEvent(ListingAction.Create, null, ListingStatus.Draft, by, at, null));
    }

    public int CooperativeId { get; private set; }
    public string Title { get; private set; } = "";
    public ListingKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public string? HowToOrder { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public string? Website { get; private set; }
    public string? OrderUrl { get; private set; }

    public ListingStatus Status { get; private set; }
    /// <summary>The note staff wrote when they last sent it back; the rep sees it until they submit again.</summary>
    public string? ReturnNote { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    /// <summary>The last day it is shown; the expiry job moves it to expired the day after.</summary>
    public DateOnly? ExpiresOn { get; private set; }
    /// <summary>The expiry day the rep was last reminded about: one reminder per publication period.</summary>
    public DateOnly? ReminderSentFor { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<ListingCategoryLink> Categories => _categories;
    public IReadOnlyCollection<ListingRegion> Regions => _regions;
    public IReadOnlyCollection<ListingEvent> Events => _events;

    public string Slug => Marketing.Slug.From(Title);

    /// <summary>What a rep may do to it now: the buttons their page offers.</summary>
    public IReadOnlyList<ListingAction> RepActions(DateOnly today) => Allowed(today)
        .Where(a => a is ListingAction.Submit or ListingAction.Withdraw or ListingAction.Renew).ToList();

    /// <summary>What staff may do to it now.</summary>
    public IReadOnlyList<ListingAction> StaffActions(DateOnly today) => Allowed(today)
        .Where(a => a is ListingAction.Publish or ListingAction.Return or ListingAction.Withdraw).ToList();

    private IEnumerable<ListingAction> Allowed(DateOnly today)
    {
        foreach (var action in new[] { ListingAction.Submit, ListingAction.Publish, ListingAction.Return, ListingAction.Withdraw, ListingAction.Renew })
        {
            if (Can(action, today))
            {
                yield return action;
            }
        }
    }

    public bool Can(ListingAction action, DateOnly today) => action switch
    {
        ListingAction.Submit => Status is ListingStatus.Draft or ListingStatus.Returned or ListingStatus.Withdrawn,
        ListingAction.Publish => Status == ListingStatus.Submitted,
        ListingAction.Return => Status is ListingStatus.Submitted or ListingStatus.Published,
        ListingAction.Withdraw => Status is not ListingStatus.Withdrawn,
        // Renewing keeps what staff approved public for another period: allowed once expired, or in the last days.
        ListingAction.Renew => Status == ListingStatus.Expired
                               || (Status == ListingStatus.Published && ExpiresOn is { } end && end.DayNumber - today.DayNumber <= RenewalWindowDays),
        ListingAction.Expire => Status == ListingStatus.Published && ExpiresOn is { } last && last < today,
        ListingAction.Edit => true,
        _ => false,
    };

    /// <summary>How close to its expiry a published listing may be renewed.</summary>
    public const int RenewalWindowDays = 30;

    /// <summary>
    /// The rep changes what it says. Changes to a listing the public sees go back to staff first (it leaves the
    /// directory until approved again); an expired or withdrawn one becomes a draft to submit.
    /// </summary>
    public void Edit(ListingDetails details, Actor by, DateTimeOffset at)
    {
        Apply(details);
        UpdatedAt = at;
        var from = Status;
        Status = Status switch
        {
            ListingStatus.Published => ListingStatus.Submitted,
            ListingStatus.Expired or ListingStatus.Withdrawn => ListingStatus.Draft,
            _ => Status,
        };
        if (Status == ListingStatus.Submitted && from == ListingStatus.Published)
        {
            SubmittedAt = at;
        }

        _events.Add(new ListingEvent(ListingAction.Edit, from, Status, by, at, null));
    }

    public void Submit(Actor by, DateTimeOffset at)
    {
        Ensure(ListingAction.Submit, DateOnly.FromDateTime(at.UtcDateTime));
        Move(ListingAction.Submit, ListingStatus.Submitted, by, at, null);
        SubmittedAt = at;
        ReturnNote = null;
    }

    /// <summary>Staff approve it: public from today for <paramref name="days"/> days.</summary>
    public void Publish(DateOnly today, int days, Actor by, DateTimeOffset at)
    {
        Ensure(ListingAction.Publish, today);
        StartPeriod(today, days);
        Move(ListingAction.Publish, ListingStatus.Published, by, at, null);
    }

    /// <summary>Staff send it back with a note the rep sees.</summary>
    public void Return(string note, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainRuleException("Write a note for the rep: it tells them what to change.");
        }

        Ensure(ListingAction.Return, DateOnly.FromDateTime(at.UtcDateTime));
        ReturnNote = note.Trim();
        Move(ListingAction.Return, ListingStatus.Returned, by, at, ReturnNote);
    }

    public void Withdraw(Actor by, DateTimeOffset at, string? reason)
    {
        Ensure(ListingAction.Withdraw, DateOnly.FromDateTime(at.UtcDateTime));
        Move(ListingAction.Withdraw, ListingStatus.Withdrawn, by, at, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
    }

    /// <summary>The rep keeps it public for another period (what staff approved is unchanged).</summary>
    public void Renew(DateOnly today, int days, Actor by, DateTimeOffset at)
    {
        Ensure(ListingAction.Renew, today);
        var from = ExpiresOn is { } end && end >= today ? end.AddDays(1) : today;
        StartPeriod(from, days);
        Move(ListingAction.Renew, ListingStatus.Published, by, at, null);
    }

    /// <summary>The expiry job: a published listing whose last day has passed. False (nothing changes) otherwise.</summary>
    public bool ExpireIfDue(DateOnly today, DateTimeOffset at)
    {
        if (!Can(ListingAction.Expire, today))
        {
            return false;
        }

        Move(ListingAction.Expire, ListingStatus.Expired, Actor.System, at, null);
        return true;
    }

    /// <summary>Whether the rep should be reminded today that it expires soon (once per period).</summary>
    public bool NeedsReminder(DateOnly today, int daysBefore) =>
        Status == ListingStatus.Published && ExpiresOn is { } end && end >= today
        && end.DayNumber - today.DayNumber <= daysBefore && ReminderSentFor != end;

    public void MarkReminded() => ReminderSentFor = ExpiresOn;

    private void StartPeriod(DateOnly from, int days)
    {
        if (days < 1)
        {
            throw new DomainRuleException("A listing is published for at least one day.");
        }

        PublishedOn ??= from;
        ExpiresOn = from.AddDays(days - 1);
    }

    private void Ensure(ListingAction action, DateOnly today)
    {
        if (!Can(action, today))
        {
            throw DomainRuleException.Format("This listing is {0}, so you cannot {1} it now.",
                new DomainWord(Status.Describe().ToLowerInvariant()), new DomainWord(action.Verb()));
        }
    }

    private void Move(ListingAction action, ListingStatus to, Actor by, DateTimeOffset at, string? note)
    {
        _events.Add(new ListingEvent(action, Status, to, by, at, note));
        Status = to;
        UpdatedAt = at;
    }

    private void Apply(ListingDetails d)
    {
        if (string.IsNullOrWhiteSpace(d.Title))
        {
            throw new DomainRuleException("A listing needs a title.");
        }

        if (d.CategoryIds.Count == 0)
        {
            throw new DomainRuleException("Choose at least one category.");
        }

        if (d.Regions.Count == 0)
        {
            throw new DomainRuleException("Choose at least one region the co-op serves.");
        }

        Title = d.Title.Trim();
        Kind = d.Kind;
        Description = d.Description?.Trim() ?? "";
        HowToOrder = Person.Clean(d.HowToOrder);
        ContactEmail = Person.Clean(d.ContactEmail);
        ContactPhone = Person.Clean(d.ContactPhone);
        Website = Person.Clean(d.Website);
        OrderUrl = Person.Clean(d.OrderUrl);

        var categories = d.CategoryIds.Distinct().ToHashSet();
        _categories.RemoveAll(c => !categories.Contains(c.CategoryId));
        foreach (var id in categories.Where(id => _categories.All(c => c.CategoryId != id)))
        {
            _categories.Add(new ListingCategoryLink(id));
        }

        var regions = d.Regions.Distinct().ToHashSet();
        _regions.RemoveAll(r => !regions.Contains(r.Region));
        foreach (var region in regions.Where(r => _regions.All(x => x.Region != r)))
        {
            _regions.Add(new ListingRegion(region));
        }
    }

    public ListingDetails Details => new(Title, Kind, Description, _categories.Select(c => c.CategoryId).ToList(),
        _regions.Select(r => r.Region).ToList(), HowToOrder, ContactEmail, ContactPhone, Website, OrderUrl);
}

/// <summary>One of a listing's categories.</summary>
public sealed class ListingCategoryLink
{
    private ListingCategoryLink() { }

    internal ListingCategoryLink(int categoryId) => CategoryId = categoryId;

    public int ListingId { get; private set; }
    public int CategoryId { get; private set; }
}

/// <summary>One of the regions a listing serves.</summary>
public sealed class ListingRegion
{
    private ListingRegion() { }

    internal ListingRegion(Region region) => Region = region;

    public int ListingId { get; private set; }
    public Region Region { get; private set; }
}

/// <summary>One step of a listing's workflow: who moved it, when, and the note staff wrote.</summary>
public sealed class ListingEvent : Entity
{
    private ListingEvent() { }

    internal ListingEvent(ListingAction action, ListingStatus? from, ListingStatus to, Actor by, DateTimeOffset at, string? note)
    {
        Action = action;
        From = from;
        To = to;
        ByUserId = by.UserId;
        ByName = by.Name;
        At = at;
        Note = note;
    }

    public int ListingId { get; private set; }
    public ListingAction Action { get; private set; }
    public ListingStatus? From { get; private set; }
    public ListingStatus To { get; private set; }
    public int? ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
}

/// <summary>
/// The one rule for what the public sees, used by every public surface (search, co-op page, feeds, widget, sitemap,
/// data commons): published, not past its last day, and its co-op in good standing (an active member).
/// </summary>
public static class ListingVisibility
{
    public static bool IsInGoodStanding(MembershipStatus status) => status == MembershipStatus.Active;

    public static bool IsPublic(ListingStatus status, DateOnly? expiresOn, MembershipStatus coopStatus, DateOnly today) =>
        status == ListingStatus.Published && expiresOn is { } end && end >= today && IsInGoodStanding(coopStatus);
}

/// <summary>
/// The text the public search looks in, one row per listing (its title, description, categories and co-op's name and
/// town), kept by the use cases that change any of them. The embedded SQLite database indexes it with FTS5; SQL
/// Server with a full-text index — both follow this table, so the search code has one source.
/// </summary>
public sealed class ListingSearchEntry
{
    private ListingSearchEntry() { }

    public ListingSearchEntry(int listingId, string text)
    {
        ListingId = listingId;
        Text = text;
    }

    public int ListingId { get; private set; }
    public string Text { get; private set; } = "";

    public void Update(string text) => Text = text;
}

/// <summary>
/// One word of a listing's search text (<see cref="SearchText.Terms"/>), for databases without FTS5: on SQL Server the
/// search matches each typed word as a prefix of these terms through an ordinary index, so it needs no full-text
/// component (which the official SQL Server container does not include).
/// </summary>
public sealed class ListingSearchTerm
{
    private ListingSearchTerm() { }

    public ListingSearchTerm(int listingId, string term)
    {
        ListingId = listingId;
        Term = term;
    }

    public int ListingId { get; private set; }
    public string Term { get; private set; } = "";
}

/// <summary>How search text is cut into words: lower case, accents dropped, letters and digits only.</summary>
public static class SearchText
{
    public const int MaxTermLength = 40;

    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var plain = text.Normalize(System.Text.NormalizationForm.FormD);
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var ch in plain.Append(' '))
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark || ch is '\'' or '’')
            {
                continue;
            }
            else if (current.Length > 0)
            {
                if (current.Length > 1)
                {
                    words.Add(current.Length > MaxTermLength ? current.ToString(0, MaxTermLength) : current.ToString());
                }

                current.Clear();
            }
        }

        return words.Distinct().ToList();
    }
}
