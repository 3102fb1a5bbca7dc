using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Email;

public enum EmailSort
{
    Created = 0,
    To = 1,
    Subject = 2,
    Attempts = 3,
}

/// <summary>
/// One outbox message as staff see it. No body and no attachments: a body can hold a one-time link (an
/// invitation), and what went wrong is in the recipient, the subject and the last error.
/// </summary>
public sealed record EmailSummary(int Id, string To, string Subject, DateTimeOffset CreatedAt, OutboxStatus Status, int Attempts,
    DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

/// <summary>The outbox for staff: failed emails first of all, or those waiting or sent; search by recipient or subject.</summary>
[Authorize(Roles.Staff)]
public sealed record ListEmails : IRequest<PagedList<EmailSummary>>
{
    public OutboxStatus Status { get; init; } = OutboxStatus.Failed;
    public string? Q { get; init; }
    public EmailSort Sort { get; init; }
    /// <summary>Newest first unless asked otherwise.</summary>
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Paging.DefaultPageSize;
}

public sealed class ListEmailsValidator : AbstractValidator<ListEmails>
{
    public ListEmailsValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Sort).IsInEnum();
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

public sealed class ListEmailsHandler(IAppDbContext db) : IRequestHandler<ListEmails, PagedList<EmailSummary>>
{
    public Task<PagedList<EmailSummary>> Handle(ListEmails request, CancellationToken cancellationToken)
    {
        var messages = db.OutboxMessages.AsNoTracking().Where(m => m.Status == request.Status);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            messages = messages.Where(m => m.To.ToLower().Contains(q) || m.Subject.ToLower().Contains(q));
        }

        var d = request.Descending;
        var sorted = request.Sort switch
        {
            EmailSort.To => d ? messages.OrderByDescending(m => m.To) : messages.OrderBy(m => m.To),
            EmailSort.Subject => d ? messages.OrderByDescending(m => m.Subject) : messages.OrderBy(m => m.Subject),
            EmailSort.Attempts => d ? messages.OrderByDescending(m => m.Attempts) : messages.OrderBy(m => m.Attempts),
            _ => d ? messages.OrderByDescending(m => m.CreatedAt) : messages.OrderBy(m => m.CreatedAt),
        };
        // The id breaks ties, so paging never shows a message twice or skips one.
        sorted = d ? sorted.ThenByDescending(m => m.Id) : sorted.ThenBy(m => m.Id);

        return PagedList<EmailSummary>.CreateAsync(
            sorted.Select(m => new EmailSummary(m.Id, m.To, m.Subject, m.CreatedAt, m.Status, m.Attempts, m.NextAttemptAt, m.SentAt, m.LastError)),
            request.Page, request.PageSize, cancellationToken);
    }
}
