using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Marketing.Listings;

/// <summary>What a listing form or API body holds (flat, so JSON bodies stay simple).</summary>
public interface IListingInput
{
    string Title { get; }
    ListingKind Kind { get; }
    string Description { get; }
    IReadOnlyList<int> CategoryIds { get; }
    IReadOnlyList<Region> Regions { get; }
    string? HowToOrder { get; }
    string? ContactEmail { get; }
    string? ContactPhone { get; }
    string? Website { get; }
    string? OrderUrl { get; }
}

public sealed class ListingInputRules : AbstractValidator<IListingInput>
{
    public ListingInputRules()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the listing a title, e.g. \"Sourdough bread and pastries\".").MaximumLength(150);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose whether this is a product or a service.");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe what you offer, in a few sentences.").MaximumLength(4000);
        RuleFor(x => x.CategoryIds).NotEmpty().WithMessage("Choose at least one category.")
            .Must(c => c.Count <= 3).WithMessage("Choose at most three categories.");
        RuleFor(x => x.Regions).NotEmpty().WithMessage("Choose at least one region you serve.");
        RuleForEach(x => x.Regions).IsInEnum().WithMessage("Choose regions from the list.");
        RuleFor(x => x.HowToOrder).MaximumLength(1000);
        RuleFor(x => x.ContactEmail).EmailAddress().WithMessage("Enter an email address like name@example.org.").MaximumLength(256)
            .When(x => !string.IsNullOrWhiteSpace(x.ContactEmail));
        RuleFor(x => x.ContactPhone).MaximumLength(50);
        RuleFor(x => x.Website).Must(BeAWebAddress).WithMessage("Enter a full web address starting with https://").MaximumLength(500)
            .When(x => !string.IsNullOrWhiteSpace(x.Website));
        RuleFor(x => x.OrderUrl).Must(BeAWebAddress).WithMessage("Enter a full web address starting with https://").MaximumLength(500)
            .When(x => !string.IsNullOrWhiteSpace(x.OrderUrl));
    }

    public static bool BeAWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

internal static class ListingInputs
{
    public static ListingDetails ToDetails(this IListingInput i) => new(i.Title, i.Kind, i.Description, i.CategoryIds.ToList(),
        i.Regions.ToList(), i.HowToOrder, i.ContactEmail, i.ContactPhone, i.Website, i.OrderUrl);

    /// <summary>Categories must exist; a retired one may stay on a listing that has it but not be newly chosen.</summary>
    public static async Task EnsureCategoriesAsync(IAppDbContext db, IReadOnlyList<int> ids, IReadOnlyCollection<int> kept, CancellationToken ct)
    {
        var known = await db.ListingCategories.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.IsRetired }).ToListAsync(ct);
        if (known.Count != ids.Distinct().Count() || known.Any(c => c.IsRetired && !kept.Contains(c.Id)))
        {
            throw new ValidationException(new Dictionary<string, string[]>
            {
                [nameof(IListingInput.CategoryIds)] = ["Choose categories from the list."],
            });
        }
    }
}

/// <summary>A rep writes a listing for their co-op (staff for any co-op): it starts as a draft.</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record CreateListing : ICommand<int>, IListingInput
{
    public int CooperativeId { get; init; }
    public string Title { get; init; } = "";
    public ListingKind Kind { get; init; } = ListingKind.Product;
    public string Description { get; init; } = "";
    public IReadOnlyList<int> CategoryIds { get; init; } = [];
    public IReadOnlyList<Region> Regions { get; init; } = [];
    public string? HowToOrder { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string? Website { get; init; }
    public string? OrderUrl { get; init; }
    /// <summary>Send it to staff at once instead of keeping it as a draft.</summary>
    public bool Submit { get; init; }
}

public sealed class CreateListingValidator : AbstractValidator<CreateListing>
{
    public CreateListingValidator()
    {
        RuleFor(x => x.CooperativeId).GreaterThan(0).WithMessage("Choose the co-op.");
        Include(new ListingInputRules());
    }
}

public sealed class CreateListingHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateListing, int>
{
    public async Task<int> Handle(CreateListing request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives, request.CooperativeId, cancellationToken);
        await ListingInputs.EnsureCategoriesAsync(db, request.CategoryIds, [], cancellationToken);
        var now = clock.GetUtcNow();
        var listing = new Listing(coop.Id, request.ToDetails(), user.AsActor(), now);
        if (request.Submit)
        {
            listing.Submit(user.AsActor(), now);
        }

        db.Listings.Add(listing);
        await db.SaveChangesAsync(cancellationToken);
        await ListingIndex.RefreshAsync(db, listing, coop.DisplayName, coop.Town, cancellationToken);
        return listing.Id;
    }
}

/// <summary>
/// Edit a listing (<see cref="Version"/> is the one the editor loaded). Changing a published listing sends it back to
/// staff before the public sees the change.
/// </summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record UpdateListing : ICommand, IListingInput
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string Title { get; init; } = "";
    public ListingKind Kind { get; init; } = ListingKind.Product;
    public string Description { get; init; } = "";
    public IReadOnlyList<int> CategoryIds { get; init; } = [];
    public IReadOnlyList<Region> Regions { get; init; } = [];
    public string? HowToOrder { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string? Website { get; init; }
    public string? OrderUrl { get; init; }

    public static UpdateListing From(ListingDetail l) => new()
    {
        Id = l.Id,
        Version = l.Version,
        Title = l.Title,
        Kind = l.Kind,
        Description = l.Description,
        CategoryIds = l.Categories.Select(c => c.Id).ToList(),
        Regions = l.Regions,
        HowToOrder = l.HowToOrder,
        ContactEmail = l.ContactEmail,
        ContactPhone = l.ContactPhone,
        Website = l.Website,
        OrderUrl = l.OrderUrl,
    };
}

public sealed class UpdateListingValidator : AbstractValidator<UpdateListing>
{
    public UpdateListingValidator() => Include(new ListingInputRules());
}

public sealed class UpdateListingHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateListing, Unit>
{
    public async Task<Unit> Handle(UpdateListing request, CancellationToken cancellationToken)
    {
        var listing = await ListingLookup.GetAsync(db, access, request.Id, cancellationToken);
        db.ExpectVersion(listing, request.Version);
        await ListingInputs.EnsureCategoriesAsync(db, request.CategoryIds, listing.Categories.Select(c => c.CategoryId).ToList(), cancellationToken);
        listing.Edit(request.ToDetails(), user.AsActor(), clock.GetUtcNow());
        var coop = await db.Cooperatives.FirstAsync(c => c.Id == listing.CooperativeId, cancellationToken);
        await ListingIndex.RefreshAsync(db, listing, coop.DisplayName, coop.Town, cancellationToken);
        return Unit.Value;
    }
}

internal static class ListingLookup
{
    /// <summary>A listing the caller may see (staff: any; a rep: their co-op's), tracked, or not found.</summary>
    public static async Task<Listing> GetAsync(IAppDbContext db, CoopAccess access, int id, CancellationToken ct)
    {
        var listing = await db.Listings.Include(l => l.Categories).Include(l => l.Regions).Include(l => l.Events)
            .FirstOrDefaultAsync(l => l.Id == id, ct);
        if (listing is null || !access.CanSee(listing.CooperativeId))
        {
            throw new NotFoundException("Listing", id);
        }

        return listing;
    }
}

[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record GetListing(int Id) : IRequest<ListingDetail>;

public sealed class GetListingHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<GetListing, ListingDetail>
{
    public async Task<ListingDetail> Handle(GetListing request, CancellationToken cancellationToken)
    {
        var l = await ListingLookup.GetAsync(db, access, request.Id, cancellationToken);
        var coop = await db.Cooperatives.AsNoTracking().Where(c => c.Id == l.CooperativeId)
            .Select(c => new { Name = c.TradeName ?? c.LegalName, c.Status }).FirstAsync(cancellationToken);
        var ids = l.Categories.Select(c => c.CategoryId).ToList();
        var categories = await db.ListingCategories.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryDto(c.Id, c.Name, c.Slug, c.SortOrder, c.IsRetired)).ToListAsync(cancellationToken);
        var photos = await db.Photos.AsNoTracking().Where(p => p.ListingId == l.Id).OrderBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new ListingPhotoDto(p.Id, p.AltText, p.Width, p.Height)).ToListAsync(cancellationToken);
        var today = clock.Today;
        return new ListingDetail(l.Id, l.CooperativeId, coop.Name, l.Title, l.Slug, l.Kind, l.Description, categories,
            l.Regions.Select(r => r.Region).Order().ToList(), l.HowToOrder, l.ContactEmail, l.ContactPhone, l.Website, l.OrderUrl,
            l.Status, l.ReturnNote, l.PublishedOn, l.ExpiresOn, ListingVisibility.IsPublic(l.Status, l.ExpiresOn, coop.Status, today),
            l.RepActions(today), access.IsStaff ? l.StaffActions(today) : [],
            photos, l.Events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                .Select(e => new ListingEventDto(e.Action, e.From, e.To, e.ByName, e.At, e.Note)).ToList(), l.Version);
    }
}

/// <summary>Listings staff see (all co-ops) or a rep sees (their own), filtered and paged.</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record ListListings(int? CooperativeId = null, ListingStatus? Status = null, string? Q = null, int Page = 1, int PageSize = 25)
    : IRequest<PagedList<ListingSummary>>;

public sealed class ListListingsValidator : AbstractValidator<ListListings>
{
    public ListListingsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Q).MaximumLength(100);
    }
}

public sealed class ListListingsHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ListListings, PagedList<ListingSummary>>
{
    public Task<PagedList<ListingSummary>> Handle(ListListings request, CancellationToken cancellationToken) =>
        PagedList<ListingSummary>.CreateAsync(ListingQueries.Filtered(db, access, request.CooperativeId, request.Status, request.Q),
            request.Page, request.PageSize, cancellationToken);
}

/// <summary>The same rows as the list, every page, as CSV (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ExportListings(int? CooperativeId = null, ListingStatus? Status = null, string? Q = null) : IRequest<string>;

public sealed class ExportListingsHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ExportListings, string>
{
    public async Task<string> Handle(ExportListings request, CancellationToken cancellationToken)
    {
        var rows = await ListingQueries.Filtered(db, access, request.CooperativeId, request.Status, request.Q).ToListAsync(cancellationToken);
        var csv = new CsvBuilder().Row("Id", "Co-op", "Title", "Kind", "Status", "Expires", "Co-op in good standing", "Last change");
        foreach (var r in rows)
        {
            csv.Row(r.Id, r.CoopName, r.Title, r.Kind.Describe(), r.Status.Describe(), r.ExpiresOn, r.CoopInGoodStanding ? "yes" : "no", r.UpdatedAt);
        }

        return csv.ToString();
    }
}

internal static class ListingQueries
{
    public static IQueryable<ListingSummary> Filtered(IAppDbContext db, CoopAccess access, int? coopId, ListingStatus? status, string? q)
    {
        var coops = access.Visible(db.Cooperatives.AsNoTracking());
        var rows = from l in db.Listings.AsNoTracking()
                   join c in coops on l.CooperativeId equals c.Id
                   select new { l, c };
        if (coopId is { } id)
        {
            rows = rows.Where(x => x.l.CooperativeId == id);
        }

        if (status is { } s)
        {
            rows = rows.Where(x => x.l.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLower();
            rows = rows.Where(x => x.l.Title.ToLower().Contains(text) || x.c.LegalName.ToLower().Contains(text)
                                   || (x.c.TradeName != null && x.c.TradeName.ToLower().Contains(text)));
        }

        // Waiting for review first (oldest first: first come, first served), then the rest by latest change.
        return rows.OrderBy(x => x.l.Status == ListingStatus.Submitted ? 0 : 1)
            .ThenBy(x => x.l.Status == ListingStatus.Submitted ? x.l.SubmittedAt : null)
            .ThenByDescending(x => x.l.UpdatedAt).ThenBy(x => x.l.Id)
            .Select(x => new ListingSummary
            {
                Id = x.l.Id,
                CooperativeId = x.l.CooperativeId,
                CoopName = x.c.TradeName ?? x.c.LegalName,
                Title = x.l.Title,
                Kind = x.l.Kind,
                Status = x.l.Status,
                UpdatedAt = x.l.UpdatedAt,
                SubmittedAt = x.l.SubmittedAt,
                ExpiresOn = x.l.ExpiresOn,
                CoopInGoodStanding = x.c.Status == MembershipStatus.Active,
            });
    }
}

/// <summary>A step of the workflow: a rep submits, withdraws or renews; staff publish, send back (with a note) or withdraw.</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record ChangeListingStatus(int Id, ListingAction Action, string? Note = null, int? Version = null) : ICommand<ListingStatus>;

public sealed class ChangeListingStatusValidator : AbstractValidator<ChangeListingStatus>
{
    public ChangeListingStatusValidator()
    {
        RuleFor(x => x.Action).Must(a => a is ListingAction.Submit or ListingAction.Publish or ListingAction.Return or ListingAction.Withdraw or ListingAction.Renew)
            .WithMessage("Choose submit, publish, return, withdraw or renew.");
        RuleFor(x => x.Note).NotEmpty().WithMessage("Write a note for the rep: it tells them what to change.")
            .When(x => x.Action == ListingAction.Return);
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}

public sealed class ChangeListingStatusHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, TimeProvider clock, AllianceClock alliance,
    IOptions<MarketingOptions> options) : IRequestHandler<ChangeListingStatus, ListingStatus>
{
    public async Task<ListingStatus> Handle(ChangeListingStatus request, CancellationToken cancellationToken)
    {
        var listing = await ListingLookup.GetAsync(db, access, request.Id, cancellationToken);
        if (request.Version is { } version)
        {
            db.ExpectVersion(listing, version);
        }

        if (request.Action is ListingAction.Publish or ListingAction.Return && !access.IsStaff)
        {
            throw new ForbiddenAccessException("Only alliance staff publish listings or send them back.");
        }

        var (by, now, today) = (user.AsActor(), clock.GetUtcNow(), alliance.Today);
        switch (request.Action)
        {
            case ListingAction.Submit: listing.Submit(by, now); break;
            case ListingAction.Publish: listing.Publish(today, options.Value.ListingDays, by, now); break;
            case ListingAction.Return: listing.Return(request.Note ?? "", by, now); break;
            case ListingAction.Withdraw: listing.Withdraw(by, now, request.Note); break;
            case ListingAction.Renew: listing.Renew(today, options.Value.ListingDays, by, now); break;
        }

        return listing.Status;
    }
}
