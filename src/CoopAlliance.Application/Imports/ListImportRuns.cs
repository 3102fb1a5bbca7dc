using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Imports;

/// <summary>One import as staff see it: the files, who ran it, where it is (phase and last committed line) and what it did.</summary>
public sealed record ImportRunSummary(int Id, string FileNames, string StartedBy, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    ImportRunStatus Status, ImportPhase Phase, int LastLine, int Attempts,
    int CoopsCreated, int CoopsUpdated, int CoopsUnchanged, int PeopleCreated, int PeopleUpdated, int PeopleUnchanged, string? Error);

/// <summary>The imports run so far, the newest first, a page at a time (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ListImportRuns : IRequest<PagedList<ImportRunSummary>>
{
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Paging.DefaultPageSize;
}

public sealed class ListImportRunsValidator : AbstractValidator<ListImportRuns>
{
    public ListImportRunsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
    }
}

public sealed class ListImportRunsHandler(IAppDbContext db) : IRequestHandler<ListImportRuns, PagedList<ImportRunSummary>>
{
    public Task<PagedList<ImportRunSummary>> Handle(ListImportRuns request, CancellationToken cancellationToken) =>
        PagedList<ImportRunSummary>.CreateAsync(ImportRunQueries.Summaries(db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id)),
            request.Page, request.PageSize, cancellationToken);
}

/// <summary>One import (staff): null when there is no such run.</summary>
[Authorize(Roles.Staff)]
public sealed record GetImportRun(int Id) : IRequest<ImportRunSummary?>;

public sealed class GetImportRunHandler(IAppDbContext db) : IRequestHandler<GetImportRun, ImportRunSummary?>
{
    public Task<ImportRunSummary?> Handle(GetImportRun request, CancellationToken cancellationToken) =>
        ImportRunQueries.Summaries(db.ImportRuns.AsNoTracking().Where(r => r.Id == request.Id)).FirstOrDefaultAsync(cancellationToken);
}

internal static class ImportRunQueries
{
    public static IQueryable<ImportRunSummary> Summaries(IQueryable<ImportRun> runs) =>
        runs.Select(r => new ImportRunSummary(r.Id, r.FileNames, r.StartedBy, r.StartedAt, r.FinishedAt, r.Status, r.Phase, r.LastLine, r.Attempts,
            r.CoopsCreated, r.CoopsUpdated, r.CoopsUnchanged, r.PeopleCreated, r.PeopleUpdated, r.PeopleUnchanged, r.Error));
}
