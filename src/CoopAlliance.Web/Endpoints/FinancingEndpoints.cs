using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Web.Infrastructure;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record LoanApplicationBody(int? CoopId, int? DevelopingCoopId, decimal Amount, string Purpose, int TermMonths);
public sealed record ReviewBody(int Version, IReadOnlyList<ReviewItem>? Done, IReadOnlyList<ReviewItem>? NotDone, bool SendToCommittee);
public sealed record VoteBody(VoteChoice? Choice, bool ConflictOfInterest, string? ConflictNote);
public sealed record DecideBody(int Version, TermsDto? Terms, string? Reasons);
public sealed record DisburseBody(DateOnly? On);
public sealed record ReferralBody(string? Lender, DateOnly? On, int? ReferralId, ReferralOutcome Outcome, string? OutcomeNote);
public sealed record LoanPaymentBody(decimal Amount, DateOnly ReceivedOn);
public sealed record RestructureBody(int Version, DateOnly From, decimal AnnualRatePercent, int AmortizingMonths, DateOnly FirstDueOn, int GraceMonths, int InterestOnlyMonths, string Reason);
public sealed record WriteOffBody(int Version, string Reason, DateOnly? On);
public sealed record ContributionBody(ContributionKind Kind, string Source, decimal Amount, DateOnly ReceivedOn, string? NoteTerms);

/// <summary>The revolving solidarity loan fund: applications through the committee, loans, payments, the fund's capital.</summary>
public static class FinancingEndpoints
{
    public static void MapFinancing(this RouteGroupBuilder api)
    {
        var financing = api.MapGroup("/financing").WithTags("Financing");
        var applications = financing.MapGroup("/applications");

        applications.MapGet("", (IMediator m, string? status, string? search, int? page, int? pageSize, CancellationToken ct) =>
                m.Send(new ListLoanApplications(Api.ParseEnum<ApplicationStatus>("status", status), search, page ?? 1, pageSize ?? 50), ct))
            .Sends<ListLoanApplications>().WithName("Financing_ListApplications")
            .WithSummary("Loan applications, newest first: the whole pipeline for staff, a rep's own co-op's otherwise; filter by status and applicant name.");
        applications.MapPost("", async (IMediator m, LoanApplicationBody body, CancellationToken ct) =>
            {
                var id = await m.Send(new SubmitLoanApplication(body.CoopId, body.DevelopingCoopId, body.Amount, body.Purpose, body.TermMonths), ct);
                return Results.Created($"/api/v1/financing/applications/{id}", await m.Send(new GetLoanApplication(id), ct));
            })
            .Sends<SubmitLoanApplication>().WithName("Financing_Apply")
            .WithSummary("Apply for a loan for a co-op you represent (coopId, or developingCoopId for a developing co-op): amount, purpose, term in months.");
        applications.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetLoanApplication(id), ct))
            .Sends<GetLoanApplication>().WithName("Financing_GetApplication")
            .WithSummary("One application: checklist, decision and reasons, documents; votes and referrals for staff.");
        applications.MapPost("/{id:int}/review", async (IMediator m, int id, ReviewBody body, CancellationToken ct) =>
            {
                await m.Send(new ReviewLoanApplication(id, body.Version, body.Done, body.NotDone, body.SendToCommittee), ct);
                return Results.Ok(await m.Send(new GetLoanApplication(id), ct));
            })
            .Sends<ReviewLoanApplication>().WithName("Financing_Review")
            .WithSummary("Start the review (from intake), tick (done) or untick (notDone) checklist items, and send to the committee once all are ticked (staff).");
        applications.MapPost("/{id:int}/votes", async (IMediator m, int id, VoteBody body, CancellationToken ct) =>
            {
                await m.Send(new RecordCommitteeVote(id, body.Choice, body.ConflictOfInterest, body.ConflictNote), ct);
                return Results.Ok(await m.Send(new GetLoanApplication(id), ct));
            })
            .Sends<RecordCommitteeVote>().WithName("Financing_Vote")
            .WithSummary("Your committee vote (For, Against, Abstain), or a declared conflict of interest — then you do not vote and are not counted (staff).");
        applications.MapPost("/{id:int}/decide", async (IMediator m, int id, DecideBody body, CancellationToken ct) =>
            {
                await m.Send(new DecideLoanApplication(id, body.Version, body.Terms, body.Reasons), ct);
                return Results.Ok(await m.Send(new GetLoanApplication(id), ct));
            })
            .Sends<DecideLoanApplication>().WithName("Financing_Decide")
            .WithSummary("Close the vote: approved (with terms) when most votes of members without a conflict are for, declined (reasons required) otherwise (staff).");
        applications.MapPost("/{id:int}/disburse", async (IMediator m, int id, DisburseBody? body, CancellationToken ct) =>
            {
                var loanId = await m.Send(new DisburseLoan(id, body?.On), ct);
                return Results.Created($"/api/v1/financing/loans/{loanId}", await m.Send(new GetLoan(loanId), ct));
            })
            .Sends<DisburseLoan>().WithName("Financing_Disburse")
            .WithSummary("Pay an approved loan out of the fund (422 when the fund's cash is short); returns the loan (staff).");
        applications.MapPost("/{id:int}/referrals", async (IMediator m, int id, ReferralBody body, CancellationToken ct) =>
            {
                await m.Send(new ReferLoanApplication(id, body.Lender ?? "", body.On, body.ReferralId, body.Outcome, body.OutcomeNote), ct);
                return Results.Ok(await m.Send(new GetLoanApplication(id), ct));
            })
            .Sends<ReferLoanApplication>().WithName("Financing_Refer")
            .WithSummary("Record a referral to a partner lender, or (with referralId) its outcome (staff).");
        applications.MapPost("/{id:int}/attachments", async (IMediator m, int id, HttpRequest http, string? kind, CancellationToken ct) =>
            {
                if (UploadLimits.Exceeds(http.HttpContext, AttachmentPolicy.DefaultMaxBytes + 64 * 1024))
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.");
                }

                if (!http.HasFormContentType)
                {
                    throw new ValidationException("file", "Send the file as multipart/form-data in a field named \"file\".");
                }

                var form = await http.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? throw new ValidationException("file", "Choose a file.");
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                await m.Send(new AttachLoanDocument(id, Api.ParseEnum<LoanAttachmentKind>("kind", kind) ?? LoanAttachmentKind.Other, file.FileName, buffer.ToArray()), ct);
                return Results.Ok(await m.Send(new GetLoanApplication(id), ct));
            })
            .Sends<AttachLoanDocument>().WithName("Financing_Attach")
            .WithSummary("Attach a document (multipart field \"file\"; kind BusinessPlan, FinancialStatements or Other), checked like assistance attachments.");

        var loans = financing.MapGroup("/loans");
        loans.MapGet("", (IMediator m, string? status, CancellationToken ct) => m.Send(new ListLoans(Api.ParseEnum<LoanStatus>("status", status)), ct))
            .Sends<ListLoans>().WithName("Financing_ListLoans")
            .WithSummary("Loans with where each stands today (all for staff, a rep's own co-op's otherwise); status Repaying, Repaid or WrittenOff.");
        loans.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetLoan(id), ct))
            .Sends<GetLoan>().WithName("Financing_GetLoan")
            .WithSummary("A loan today: coopId, principal, terms and their history, payments as applied (interest, then principal), arrears and payoff.");
        loans.MapGet("/{id:int}/schedule", (IMediator m, int id, CancellationToken ct) => m.Send(new GetLoanSchedule(id), ct))
            .Sends<GetLoanSchedule>().WithName("Financing_GetSchedule")
            .WithSummary("The schedule of the terms in force: rows with dueOn, payment, principal, interest and the balance after.");
        loans.MapGet("/{id:int}/statement.pdf", async (IMediator m, int id, CancellationToken ct) =>
            {
                var file = await m.Send(new GetLoanStatementPdf(id), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<GetLoanStatementPdf>().WithName("Financing_Statement")
            .WithSummary("The borrower's statement as PDF, in the borrower's language: terms, schedule, payments applied, arrears, payoff.");
        loans.MapPost("/{id:int}/payments", async (IMediator m, int id, LoanPaymentBody body, CancellationToken ct) =>
            {
                await m.Send(new RecordLoanPayment(id, body.Amount, body.ReceivedOn), ct);
                return Results.Ok(await m.Send(new GetLoan(id), ct));
            })
            .Sends<RecordLoanPayment>().WithName("Financing_RecordPayment")
            .WithSummary("Record money received (partial, early, late or the payoff; 422 above the payoff); returns the loan (staff).");
        loans.MapPost("/{id:int}/restructure", async (IMediator m, int id, RestructureBody body, CancellationToken ct) =>
            {
                await m.Send(new RestructureLoan(id, body.Version, body.From, body.AnnualRatePercent, body.AmortizingMonths, body.FirstDueOn,
                    body.GraceMonths, body.InterestOnlyMonths, body.Reason), ct);
                return Results.Ok(await m.Send(new GetLoan(id), ct));
            })
            .Sends<RestructureLoan>().WithName("Financing_Restructure")
            .WithSummary("New terms from a day, on all that is owed that day; the old terms are kept as history (staff).");
        loans.MapPost("/{id:int}/write-off", async (IMediator m, int id, WriteOffBody body, CancellationToken ct) =>
            {
                await m.Send(new WriteOffLoan(id, body.Version, body.Reason, body.On), ct);
                return Results.Ok(await m.Send(new GetLoan(id), ct));
            })
            .Sends<WriteOffLoan>().WithName("Financing_WriteOff")
            .WithSummary("Write a loan off with the reason: the principal not come back becomes the fund's loss (staff).");

        financing.MapGet("/contributions", (IMediator m, CancellationToken ct) => m.Send(new ListFundContributions(), ct))
            .Sends<ListFundContributions>().WithName("Financing_ListContributions")
            .WithSummary("The fund's contributions, newest first (staff).");
        financing.MapPost("/contributions", async (IMediator m, ContributionBody body, CancellationToken ct) =>
            {
                var id = await m.Send(new AddFundContribution(body.Kind, body.Source, body.Amount, body.ReceivedOn, body.NoteTerms), ct);
                return Results.Created("/api/v1/financing/contributions", (await m.Send(new ListFundContributions(), ct)).First(c => c.Id == id));
            })
            .Sends<AddFundContribution>().WithName("Financing_AddContribution")
            .WithSummary("Record a contribution: Pledge, Grant or InvestorNote (with its terms), source, amount, date received (staff).");
        financing.MapGet("/report.pdf", async (IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new GetFundReportPdf(), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<GetFundReportPdf>().WithName("Financing_Report")
            .WithSummary("The committee's fund report as PDF: capital, loans by status, repayments due in the next 90 days, losses (staff).");
        financing.MapGet("/fund", (IMediator m, CancellationToken ct) => m.Send(new GetFund(), ct))
            .Sends<GetFund>().WithName("Financing_GetFund")
            .WithSummary("The fund today, derived from its rows: contributions, cash available, principal outstanding, losses, capital (staff).");
    }
}
