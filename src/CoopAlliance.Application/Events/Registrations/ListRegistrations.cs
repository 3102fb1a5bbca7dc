using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>One registration as staff see it — with the person's needs (staff only; gone after the retention time).</summary>
public sealed record RegistrationRowDto(
    int Id,
    string Name,
    string Email,
    string? Organisation,
    int? CooperativeId,
    string? CooperativeName,
    int TicketTypeId,
    string TicketName,
    TicketKind TicketKind,
    decimal Price,
    PlaceStatus Status,
    string StatusText,
    string Code,
    PaymentStatus Payment,
    string PaymentText,
    bool ChargeToCoop,
    decimal? AmountPaid,
    DateOnly? PaidOn,
    string? PaymentReference,
    string? AccessibilityNeeds,
    string? InterpretationLanguage,
    string? DietaryNeeds,
    DateTimeOffset CreatedAt,
    DateTimeOffset? OfferExpiresAt,
    DateTimeOffset? CheckedInAt,
    int Version);

/// <summary>The registrations of an event (staff): search by name, email, organisation or code; filter by ticket type and place.</summary>
[Authorize(Roles.Staff)]
public sealed record ListRegistrations(int EventId, string? Q = null, int? TicketTypeId = null, PlaceStatus? Status = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<RegistrationRowDto>>;

/// <summary>The same list, all pages, as CSV (staff; carries emails and needs).</summary>
[Authorize(Roles.Staff)]
public sealed record ExportRegistrations(int EventId, string? Q = null, int? TicketTypeId = null, PlaceStatus? Status = null) : IRequest<string>;

public sealed class ListRegistrationsValidator : AbstractValidator<ListRegistrations>
{
    public ListRegistrationsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("A page holds 1 to {0} registrations.", Paging.MaxPageSize));
        RuleFor(x => x.Q).MaximumLength(200).WithMessage("Keep the search under 200 characters.");
    }
}

public sealed class ListRegistrationsHandler(IAppDbContext db) : IRequestHandler<ListRegistrations, PagedList<RegistrationRowDto>>, IRequestHandler<ExportRegistrations, string>
{
    public async Task<PagedList<RegistrationRowDto>> Handle(ListRegistrations request, CancellationToken cancellationToken)
    {
        var (query, fill) = await QueryAsync(request.EventId, request.Q, request.TicketTypeId, request.Status, cancellationToken);
        var page = await PagedList<RegistrationRowDto>.CreateAsync(query, request.Page, request.PageSize, cancellationToken);
        return page with { Items = page.Items.Select(fill).ToList() };
    }

    public async Task<string> Handle(ExportRegistrations request, CancellationToken cancellationToken)
    {
        var (query, fill) = await QueryAsync(request.EventId, request.Q, request.TicketTypeId, request.Status, cancellationToken);
        var rows = (await query.ToListAsync(cancellationToken)).Select(fill).ToList();
        var csv = new CsvBuilder().Row("Code", "Name", "Email", "Organisation", "Member co-op", "Ticket", "Price", "Place", "Payment", "Amount paid", "Paid on",
            "Reference", "Accessibility needs", "Interpretation", "Dietary needs", "Registered", "Checked in");
        foreach (var r in rows)
        {
            csv.Row(r.Code, r.Name, r.Email, r.Organisation, r.CooperativeName, r.TicketName, r.Price, r.StatusText, r.PaymentText, r.AmountPaid, r.PaidOn,
                r.PaymentReference, r.AccessibilityNeeds, r.InterpretationLanguage, r.DietaryNeeds, r.CreatedAt, r.CheckedInAt);
        }

        return csv.ToString();
    }

    private async Task<(IQueryable<RegistrationRowDto> Query, Func<RegistrationRowDto, RegistrationRowDto> Fill)> QueryAsync(int eventId, string? q, int? ticketTypeId, PlaceStatus? status, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.TicketTypes).FirstOrDefaultAsync(e => e.Id == eventId, ct)
                 ?? throw new NotFoundException("Event", eventId);
        var tickets = ev.TicketTypes.ToDictionary(t => t.Id, t => t.Name);
        var query = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLower();
            var code = Registration.NormalizeCode(q);
            query = query.Where(r => r.Name.ToLower().Contains(term) || r.Email.Contains(term) || (r.OrganisationName != null && r.OrganisationName.ToLower().Contains(term))
                                     || (code.Length > 0 && r.Code == code));
        }

        if (ticketTypeId is { } ticket)
        {
            query = query.Where(r => r.TicketTypeId == ticket);
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        var rows = from r in query
                   join c in db.Cooperatives on r.CooperativeId equals c.Id into coops
                   from c in coops.DefaultIfEmpty()
                   orderby r.Name, r.Id
                   select new { r, CoopName = c == null ? null : (c.TradeName ?? c.LegalName) };
        // The ticket's name and the words are filled in after paging (in memory); the projection keeps paging in the database.
        var projected = rows.Select(x => new RegistrationRowDto(x.r.Id, x.r.Name, x.r.Email, x.r.OrganisationName, x.r.CooperativeId, x.CoopName, x.r.TicketTypeId,
            "", x.r.TicketKind, x.r.Price, x.r.Status, "", x.r.Code, x.r.Payment, "", x.r.ChargeToCoop, x.r.AmountPaid, x.r.PaidOn, x.r.PaymentReference,
            x.r.AccessibilityNeeds, x.r.InterpretationLanguage, x.r.DietaryNeeds, x.r.CreatedAt, x.r.OfferExpiresAt, x.r.CheckedInAt, x.r.Version));
        return (projected, d => d with
        {
            TicketName = tickets.GetValueOrDefault(d.TicketTypeId) ?? d.TicketKind.Describe(),
            StatusText = d.Status.Describe(),
            PaymentText = d.Payment.Describe(),
        });
    }
}
