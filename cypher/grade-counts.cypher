// grade-counts: ratings counted per report, framework, period and grade, optionally only some reports or frameworks.
// params: $reports, $frameworks
// placeholders: none
// returns: reportId, frameworkId, period, grade, ordinal, count
MATCH (rating:Rating)
OPTIONAL MATCH (rating)-[:IN_REPORT]->(report:Report)
OPTIONAL MATCH (rating)-[:UNDER_FRAMEWORK]->(framework:Framework)
WITH rating, report, framework
WHERE ($reports IS NULL OR report.id IN $reports) AND ($frameworks IS NULL OR framework.id IN $frameworks)
RETURN report.id AS reportId, framework.id AS frameworkId, rating.period AS period, rating.grade AS grade, rating.ordinal AS ordinal, count(rating) AS count
ORDER BY reportId, frameworkId, period, ordinal, grade
