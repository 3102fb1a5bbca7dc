using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DuesSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DuesMonthlySummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Billed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Collected = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Credited = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Outstanding = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Aging0To30 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Aging31To60 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Aging61To90 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AgingOver90 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CoopsOwing = table.Column<int>(type: "INTEGER", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuesMonthlySummaries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DuesMonthlySummaries_Month",
                table: "DuesMonthlySummaries",
                column: "Month",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DuesMonthlySummaries");
        }
    }
}
